import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { loadLocale, locales } from '@apiary/i18n';
// The built theme tokens (light/dark) and the manifest that drives the docs tables and controls:
// `npm run build -w @apiary/elements` makes both (the `storybook` scripts build first).
import '@apiary/elements/themes/apiary.css';
import manifest from '@apiary/elements/custom-elements.json' with { type: 'json' };

// Storybook keys args by name, and the manifest repeats names across kinds (the feature card has an
// attribute `heading` and a slot `heading`). The wc-toolkit helpers namespace slots, parts, events
// and methods (`heading-slot`, `base-part`, …); stories take their args and argTypes from
// `getStorybookHelpers(tagName)`.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig();

// The canvas follows the theme like a page would.
const canvasStyle = document.createElement('style');
canvasStyle.textContent = `
  body {
    background: var(--apiary-color-canvas);
    color: var(--apiary-color-text);
    font-family: var(--apiary-font-body);
  }
`;
document.head.append(canvasStyle);

type Globals = { locale?: string; direction?: 'ltr' | 'rtl'; theme?: 'light' | 'dark' };

/** Loads the strings of the toolbar's locale before the story renders. */
const loadLocaleStrings: Loader = async ({ globals }) => {
  const { locale = 'en' } = globals as Globals;
  await loadLocale(locale);
  return {};
};

/** Sets `<html lang dir data-theme>` from the toolbar, as a host page would. */
const withDocumentGlobals: Decorator = (story, { globals }) => {
  const { locale = 'en', direction = 'ltr', theme = 'light' } = globals as Globals;
  const root = document.documentElement;
  root.lang = locale;
  root.dir = direction;
  root.dataset.theme = theme;
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [loadLocaleStrings],
  decorators: [withDocumentGlobals],
  globalTypes: {
    locale: {
      description: 'Document language (<html lang>); elements without a lang of their own follow it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every locale @apiary/i18n ships, so a new one shows up here by itself.
        items: locales.map(({ code, endonym }) => ({ value: code, title: endonym, right: code })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Document direction (<html dir>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right', right: 'ltr' },
          { value: 'rtl', title: 'Right to left', right: 'rtl' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (<html data-theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    // Violations count as errors in the a11y panel and in test runs.
    a11y: { test: 'error' },
  },
};

export default preview;
