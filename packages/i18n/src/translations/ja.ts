import type { Translations } from '../types.js';

/** 日本語 (Japanese, です/ます style). Terms as in packages/i18n/GLOSSARY.md. */
const ja: Translations = {
  common: {
    loading: '読み込み中…',
    empty: 'まだ表示する内容がありません。',
    error: '読み込み中にエラーが発生しました。',
    retry: '再試行',
    clearFilters: 'フィルターをクリア',
    feedError: {
      http: 'サーバーからステータス {{status}} が返されました。',
      timeout: 'サーバーの応答に時間がかかりすぎました。',
      network: 'サーバーに接続できませんでした。',
      format: 'データを読み込めませんでした。',
    },
    opensInNewTab: '（新しいタブで開きます）',
  },
  banner: {
    label: 'お知らせ',
    dismiss: 'お知らせを閉じる',
  },
  featureCard: {
    learnMore: '詳しく見る',
  },
  projectGrid: {
    search: 'プロジェクトを検索',
    sort: '並べ替え',
    sortStars: 'スターが多い順',
    sortName: '名前順',
    layout: '表示形式',
    layoutGrid: 'グリッド',
    layoutList: 'リスト',
    areas: '分野',
    maturity: '成熟度',
    allMaturities: 'すべて',
    count_other: '{{count, number}} 件のプロジェクト',
    stars_other: 'スター {{count, number}} 個',
    empty: 'まだ表示するプロジェクトがありません。',
    noMatches: '検索条件とフィルターに一致するプロジェクトはありません。',
    groups: {
      major: '主要',
      emerging: '新興',
      other: 'その他',
    },
    areaNames: {
      networking: 'ネットワーク',
      security: 'セキュリティ',
      observability: '可観測性',
      tracing: 'トレーシング',
      tooling: 'ツール',
      library: 'ライブラリ',
      runtime: 'ランタイム',
      infrastructure: 'インフラストラクチャ',
    },
  },
  localeSwitcher: {
    label: '言語',
  },
  talkList: {
    count_other: '{{count, number}} 件の講演',
    empty: '表示する講演はまだありません。',
    play: '動画を再生：{{title}}',
    video: '動画：{{title}}',
    slides: 'スライド',
    noEvent: 'その他の講演',
  },
  blogTeaser: {
    count_other: '{{count, number}} 件の記事',
    empty: '表示する記事はまだありません。',
    categories: 'カテゴリー',
    feedsFailed_other: '{{count, number}} 件のフィードを読み込めませんでした：{{sources}}。',
  },
};

export default ja;
