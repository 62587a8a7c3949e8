import type { Translations } from '../types.js';

/** 한국어 (Korean, 합니다 style). Terms as in packages/i18n/GLOSSARY.md. */
const ko: Translations = {
  common: {
    loading: '불러오는 중…',
    empty: '아직 표시할 내용이 없습니다.',
    error: '불러오는 중에 오류가 발생했습니다.',
    retry: '다시 시도',
    clearFilters: '필터 지우기',
    feedError: {
      http: '서버에서 상태 코드 {{status}} 응답을 보냈습니다.',
      timeout: '서버 응답 시간이 너무 오래 걸렸습니다.',
      network: '서버에 연결할 수 없습니다.',
      format: '데이터를 읽을 수 없습니다.',
    },
  },
  featureCard: {
    learnMore: '자세히 알아보기',
  },
  projectGrid: {
    search: '프로젝트 검색',
    sort: '정렬 기준',
    sortStars: '스타 많은 순',
    sortName: '이름순',
    layout: '보기 방식',
    layoutGrid: '그리드',
    layoutList: '목록',
    areas: '분야',
    maturity: '성숙도',
    allMaturities: '전체',
    count_other: '프로젝트 {{count, number}}개',
    stars_other: '스타 {{count, number}}개',
    empty: '아직 표시할 프로젝트가 없습니다.',
    noMatches: '검색어와 필터에 맞는 프로젝트가 없습니다.',
    groups: {
      major: '주요',
      emerging: '신흥',
      other: '기타',
    },
    areaNames: {
      networking: '네트워킹',
      security: '보안',
      observability: '관측 가능성',
      tracing: '트레이싱',
      tooling: '도구',
      library: '라이브러리',
      runtime: '런타임',
      infrastructure: '인프라',
    },
  },
  localeSwitcher: {
    label: '언어',
  },
};

export default ko;
