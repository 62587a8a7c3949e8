// Loaded before the test framework in the `host-i18next` group (web-test-runner.config.mjs): the
// element tests run a second time with Apiary following a host's real i18next, left at i18next's
// defaults (escapeValue: true, no language until one is set), as a site running i18next would.
import i18next from 'i18next';
import { useI18n } from '@apiary/i18n';

const host = i18next.createInstance();
await host.init({ resources: {} });
useI18n(host);
