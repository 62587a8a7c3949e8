import type { Translations } from '../types.js';

const zhHans: Translations = {
  common: {
    loading: '加载中…',
    empty: '暂无内容。',
    error: '加载时出错了。',
    retry: '重试',
  },
  featureCard: {
    learnMore: '了解更多',
  },
};

export default zhHans;
