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
    opensInNewTab: '(새 탭에서 열림)',
  },
  banner: {
    label: '공지',
    dismiss: '공지 닫기',
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
  talkList: {
    count_other: '발표 {{count, number}}개',
    empty: '표시할 발표가 아직 없습니다.',
    play: '동영상 재생: {{title}}',
    video: '동영상: {{title}}',
    slides: '슬라이드',
    noEvent: '기타 발표',
  },
  blogTeaser: {
    count_other: '게시물 {{count, number}}개',
    empty: '표시할 게시물이 아직 없습니다.',
    categories: '카테고리',
    feedsFailed_other: '피드 {{count, number}}개를 불러오지 못했습니다: {{sources}}.',
  },
};

export default ko;
