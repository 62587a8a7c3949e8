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
};

export default sw;
