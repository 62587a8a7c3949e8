// The site's wording of Apiary's element strings, in every locale of the site. Imported by the
// server entry (render.ts, before any page renders) and by the client (client/boot.ts, before any
// element hydrates): both render the same text, so hydration finds what the server wrote.
// On the server they land in the site's i18next (namespace `apiary`); on the client, which loads
// no i18next, in Apiary's own string store.
import { addTranslations, type TranslationOverrides } from '@apiary/i18n';

export const overrides: Record<string, TranslationOverrides> = {
  en: {
    // A talk's play button opens the recording: the site's talks are talks, not just videos.
    talkList: { play: 'Watch the talk: {{title}}' },
    projectGrid: { search: 'Search eBPF projects' },
  },
  'zh-Hans': {
    talkList: { play: '观看演讲：{{title}}' },
    projectGrid: { search: '搜索 eBPF 项目' },
  },
  fr: {
    talkList: { play: 'Regarder la conférence : {{title}}' },
    projectGrid: { search: 'Rechercher un projet eBPF' },
  },
};

for (const [locale, strings] of Object.entries(overrides)) addTranslations(locale, strings);
