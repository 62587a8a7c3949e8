import type { Translations } from '../types.js';

const zhHans: Translations = {
  common: {
    loading: '加载中…',
    empty: '暂无内容。',
    error: '加载时出错了。',
    retry: '重试',
    clearFilters: '清除筛选',
    feedError: {
      http: '服务器返回了状态码 {{status}}。',
      timeout: '服务器响应超时。',
      network: '无法连接到服务器。',
      format: '无法读取数据。',
    },
    opensInNewTab: '（在新标签页中打开）',
  },
  banner: {
    label: '公告',
    dismiss: '关闭公告',
  },
  featureCard: {
    learnMore: '了解更多',
  },
  projectGrid: {
    search: '搜索项目',
    sort: '排序方式',
    sortStars: '星标最多',
    sortName: '名称',
    layout: '布局',
    layoutGrid: '网格',
    layoutList: '列表',
    areas: '领域',
    maturity: '成熟度',
    allMaturities: '全部',
    count_other: '{{count, number}} 个项目',
    stars_other: '{{count, number}} 个星标',
    empty: '暂无项目。',
    noMatches: '没有符合搜索和筛选条件的项目。',
    groups: {
      major: '主要项目',
      emerging: '新兴项目',
      other: '其他项目',
    },
    areaNames: {
      networking: '网络',
      security: '安全',
      observability: '可观测性',
      tracing: '跟踪',
      tooling: '工具',
      library: '库',
      runtime: '运行时',
      infrastructure: '基础设施',
    },
  },
  localeSwitcher: {
    label: '语言',
  },
  talkList: {
    count_other: '{{count, number}} 个演讲',
    empty: '暂无演讲。',
    play: '播放视频：{{title}}',
    video: '视频：{{title}}',
    slides: '幻灯片',
    noEvent: '其他演讲',
  },
  blogTeaser: {
    count_other: '{{count, number}} 篇文章',
    empty: '暂无文章。',
    categories: '分类',
    feedsFailed_other: '有 {{count, number}} 个订阅源无法加载：{{sources}}。',
  },
};

export default zhHans;
