import type { Translations } from '../types.js';

/** العربية (Arabic, right to left; Modern Standard Arabic). Terms as in packages/i18n/GLOSSARY.md. */
const ar: Translations = {
  common: {
    loading: 'جارٍ التحميل…',
    empty: 'لا يوجد ما يُعرض بعد.',
    error: 'حدث خطأ أثناء التحميل.',
    retry: 'إعادة المحاولة',
    clearFilters: 'مسح عوامل التصفية',
    feedError: {
      http: 'استجاب الخادم برمز الحالة {{status}}.',
      timeout: 'استغرق الخادم وقتًا طويلًا للرد.',
      network: 'تعذّر الوصول إلى الخادم.',
      format: 'تعذّرت قراءة البيانات.',
    },
  },
  featureCard: {
    learnMore: 'اعرف المزيد',
  },
  projectGrid: {
    search: 'ابحث في المشاريع',
    sort: 'الترتيب حسب',
    sortStars: 'الأكثر نجومًا',
    sortName: 'الاسم',
    layout: 'طريقة العرض',
    layoutGrid: 'شبكة',
    layoutList: 'قائمة',
    areas: 'المجالات',
    maturity: 'درجة النضج',
    allMaturities: 'الكل',
    count_zero: 'لا توجد مشاريع',
    count_one: 'مشروع واحد',
    count_two: 'مشروعان',
    count_few: '{{count, number}} مشاريع',
    count_many: '{{count, number}} مشروعًا',
    count_other: '{{count, number}} مشروع',
    stars_zero: 'لا توجد نجوم',
    stars_one: 'نجمة واحدة',
    stars_two: 'نجمتان',
    stars_few: '{{count, number}} نجوم',
    stars_many: '{{count, number}} نجمةً',
    stars_other: '{{count, number}} نجمة',
    empty: 'لا توجد مشاريع لعرضها بعد.',
    noMatches: 'لا توجد مشاريع تطابق البحث وعوامل التصفية.',
    groups: {
      major: 'رئيسي',
      emerging: 'ناشئ',
      other: 'آخر',
    },
    areaNames: {
      networking: 'الشبكات',
      security: 'الأمان',
      observability: 'قابلية المراقبة',
      tracing: 'التتبّع',
      tooling: 'الأدوات',
      library: 'مكتبة',
      runtime: 'بيئة التشغيل',
      infrastructure: 'البنية التحتية',
    },
  },
  localeSwitcher: {
    label: 'اللغة',
  },
};

export default ar;
