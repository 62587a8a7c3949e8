import type { Translations } from '../types.js';

/** Kiswahili (Swahili). Terms as in packages/i18n/GLOSSARY.md. */
const sw: Translations = {
  common: {
    loading: 'Inapakia…',
    empty: 'Bado hakuna cha kuonyesha.',
    error: 'Hitilafu imetokea wakati wa kupakia.',
    retry: 'Jaribu tena',
    clearFilters: 'Futa vichujio',
    feedError: {
      http: 'Seva ilijibu kwa msimbo wa hali {{status}}.',
      timeout: 'Seva ilichukua muda mrefu mno kujibu.',
      network: 'Imeshindikana kufikia seva.',
      format: 'Imeshindikana kusoma data.',
    },
    opensInNewTab: '(hufunguka katika kichupo kipya)',
  },
  banner: {
    label: 'Tangazo',
    dismiss: 'Funga tangazo',
  },
  featureCard: {
    learnMore: 'Pata maelezo zaidi',
  },
  projectGrid: {
    search: 'Tafuta miradi',
    sort: 'Panga kwa',
    sortStars: 'Nyota nyingi zaidi',
    sortName: 'Jina',
    layout: 'Mpangilio',
    layoutGrid: 'Gridi',
    layoutList: 'Orodha',
    areas: 'Nyanja',
    maturity: 'Ukomavu',
    allMaturities: 'Yote',
    count_one: 'mradi {{count, number}}',
    count_other: 'miradi {{count, number}}',
    stars_one: 'nyota {{count, number}}',
    stars_other: 'nyota {{count, number}}',
    empty: 'Bado hakuna miradi ya kuonyesha.',
    noMatches: 'Hakuna mradi unaolingana na utafutaji na vichujio vyako.',
    groups: {
      major: 'Mkuu',
      emerging: 'Chipukizi',
      other: 'Mwingine',
    },
    areaNames: {
      networking: 'Mitandao',
      security: 'Usalama',
      observability: 'Uangalizi wa mifumo',
      tracing: 'Ufuatiliaji',
      tooling: 'Zana',
      library: 'Maktaba',
      runtime: 'Mazingira ya utekelezaji',
      infrastructure: 'Miundombinu',
    },
  },
  localeSwitcher: {
    label: 'Lugha',
  },
  talkList: {
    count_one: 'hotuba {{count, number}}',
    count_other: 'hotuba {{count, number}}',
    empty: 'Bado hakuna hotuba za kuonyesha.',
    play: 'Cheza video: {{title}}',
    video: 'Video: {{title}}',
    slides: 'Slaidi',
    noEvent: 'Hotuba nyingine',
  },
  blogTeaser: {
    count_one: 'makala {{count, number}}',
    count_other: 'makala {{count, number}}',
    empty: 'Bado hakuna makala za kuonyesha.',
    categories: 'Kategoria',
    feedsFailed_one: 'Mlisho mmoja haukuweza kupakiwa: {{sources}}.',
    feedsFailed_other: 'Milisho {{count, number}} haikuweza kupakiwa: {{sources}}.',
  },
};

export default sw;
