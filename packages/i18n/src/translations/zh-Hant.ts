import type { Translations } from '../types.js';

/** 繁體中文 (Traditional Chinese, Taiwan usage). Terms as in packages/i18n/GLOSSARY.md. */
const zhHant: Translations = {
  common: {
    loading: '載入中…',
    empty: '目前沒有內容。',
    error: '載入時發生錯誤。',
    retry: '重試',
    clearFilters: '清除篩選',
    feedError: {
      http: '伺服器回應了狀態碼 {{status}}。',
      timeout: '伺服器回應逾時。',
      network: '無法連線到伺服器。',
      format: '無法讀取資料。',
    },
    opensInNewTab: '（在新分頁中開啟）',
  },
  banner: {
    label: '公告',
    dismiss: '關閉公告',
  },
  featureCard: {
    learnMore: '了解更多',
  },
  projectGrid: {
    search: '搜尋專案',
    sort: '排序方式',
    sortStars: '星標最多',
    sortName: '名稱',
    layout: '版面配置',
    layoutGrid: '網格',
    layoutList: '清單',
    areas: '領域',
    maturity: '成熟度',
    allMaturities: '全部',
    count_other: '{{count, number}} 個專案',
    stars_other: '{{count, number}} 個星標',
    empty: '目前沒有專案。',
    noMatches: '沒有符合搜尋和篩選條件的專案。',
    groups: {
      major: '主要專案',
      emerging: '新興專案',
      other: '其他專案',
    },
    areaNames: {
      networking: '網路',
      security: '安全性',
      observability: '可觀測性',
      tracing: '追蹤',
      tooling: '工具',
      library: '函式庫',
      runtime: '執行環境',
      infrastructure: '基礎設施',
    },
  },
  localeSwitcher: {
    label: '語言',
  },
  talkList: {
    count_other: '{{count, number}} 場演講',
    empty: '目前沒有演講。',
    play: '播放影片：{{title}}',
    video: '影片：{{title}}',
    slides: '投影片',
    noEvent: '其他演講',
  },
  blogTeaser: {
    count_other: '{{count, number}} 篇文章',
    empty: '目前沒有文章。',
    categories: '分類',
    feedsFailed_other: '有 {{count, number}} 個訂閱來源無法載入：{{sources}}。',
  },
};

export default zhHant;
