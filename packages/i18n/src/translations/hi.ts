import type { Translations } from '../types.js';

/** हिन्दी (Hindi; common English tech terms are transliterated, as Indian developers say them). Terms as in packages/i18n/GLOSSARY.md. */
const hi: Translations = {
  common: {
    loading: 'लोड हो रहा है…',
    empty: 'अभी दिखाने के लिए कुछ नहीं है।',
    error: 'लोड करते समय कोई गड़बड़ी हुई।',
    retry: 'फिर से कोशिश करें',
    clearFilters: 'फ़िल्टर हटाएँ',
    feedError: {
      http: 'सर्वर ने स्टेटस कोड {{status}} लौटाया।',
      timeout: 'सर्वर ने जवाब देने में बहुत देर लगाई।',
      network: 'सर्वर से संपर्क नहीं हो सका।',
      format: 'डेटा पढ़ा नहीं जा सका।',
    },
    opensInNewTab: '(नए टैब में खुलता है)',
  },
  banner: {
    label: 'घोषणा',
    dismiss: 'घोषणा बंद करें',
  },
  featureCard: {
    learnMore: 'और जानें',
  },
  projectGrid: {
    search: 'प्रोजेक्ट खोजें',
    sort: 'क्रमबद्ध करें',
    sortStars: 'सबसे ज़्यादा स्टार',
    sortName: 'नाम',
    layout: 'लेआउट',
    layoutGrid: 'ग्रिड',
    layoutList: 'सूची',
    areas: 'क्षेत्र',
    maturity: 'परिपक्वता',
    allMaturities: 'सभी',
    count_one: '{{count, number}} प्रोजेक्ट',
    count_other: '{{count, number}} प्रोजेक्ट',
    stars_one: '{{count, number}} स्टार',
    stars_other: '{{count, number}} स्टार',
    empty: 'अभी दिखाने के लिए कोई प्रोजेक्ट नहीं है।',
    noMatches: 'आपकी खोज और फ़िल्टर से कोई प्रोजेक्ट मेल नहीं खाता।',
    groups: {
      major: 'प्रमुख',
      emerging: 'उभरता हुआ',
      other: 'अन्य',
    },
    areaNames: {
      networking: 'नेटवर्किंग',
      security: 'सुरक्षा',
      observability: 'ऑब्ज़र्वेबिलिटी',
      tracing: 'ट्रेसिंग',
      tooling: 'टूल्स',
      library: 'लाइब्रेरी',
      runtime: 'रनटाइम',
      infrastructure: 'इंफ्रास्ट्रक्चर',
    },
  },
  localeSwitcher: {
    label: 'भाषा',
  },
  talkList: {
    count_one: '{{count, number}} टॉक',
    count_other: '{{count, number}} टॉक',
    empty: 'दिखाने के लिए अभी कोई टॉक नहीं है।',
    play: 'वीडियो चलाएँ: {{title}}',
    video: 'वीडियो: {{title}}',
    slides: 'स्लाइड',
    noEvent: 'अन्य टॉक',
  },
  blogTeaser: {
    count_one: '{{count, number}} पोस्ट',
    count_other: '{{count, number}} पोस्ट',
    empty: 'दिखाने के लिए अभी कोई पोस्ट नहीं है।',
    categories: 'श्रेणियाँ',
    feedsFailed_one: 'एक फ़ीड लोड नहीं हो सका: {{sources}}।',
    feedsFailed_other: '{{count, number}} फ़ीड लोड नहीं हो सके: {{sources}}।',
  },
};

export default hi;
