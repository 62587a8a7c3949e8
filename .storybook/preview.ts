import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { locales, setLocale } from '@apiary/i18n';
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

/** The viewport toolbar's sizes: a small phone, a portrait tablet and a laptop. */
const viewports = {
  mobile: { name: 'Mobile', styles: { width: '375px', height: '740px' }, type: 'mobile' },
  tablet: { name: 'Tablet', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

type Globals = { locale?: string; direction?: 'auto' | 'ltr' | 'rtl'; theme?: 'light' | 'dark' };

/**
 * The globals that set the document. A docs page renders all of an element's stories in one
 * document, so a story's own globals (`direction: 'rtl'`, `theme: 'dark'`) would flip the whole
 * page, guidance included: there only the toolbar's choice applies (those stories also wrap
 * themselves in `lang`/`dir`).
 */
const pageGlobals = (context: { globals: object; userGlobals?: object; viewMode?: string }): Globals =>
  (context.viewMode === 'docs' ? (context.userGlobals ?? context.globals) : context.globals) as Globals;

let applied = '';
/**
 * Switches Apiary to the toolbar's locale as a host page would: its strings load first, then the
 * language elements follow and `<html lang dir>` change (`dir` from the locale unless the
 * direction toolbar overrides it). Only when the story or the toolbar changed, so a live locale
 * switcher in a story keeps its choice while args change.
 */
const applyLocale: Loader = async (context) => {
  const { id } = context;
  const { locale = 'en', direction = 'auto' } = pageGlobals(context);
  const key = `${id}|${locale}|${direction}`;
  if (key !== applied) {
    applied = key;
    await setLocale(locale);
    if (direction !== 'auto') document.documentElement.dir = direction;
  }
  return {};
};

/** Sets `<html data-theme>` from the toolbar. */
const withDocumentGlobals: Decorator = (story, context) => {
  const { theme = 'light' } = pageGlobals(context);
  document.documentElement.dataset.theme = theme;
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [applyLocale],
  decorators: [withDocumentGlobals],
  globalTypes: {
    locale: {
      description: 'Page language (setLocale and <html lang dir>); elements without a lang of their own follow it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every locale @apiary/i18n ships, so a new one shows up here by itself.
        items: locales.map(({ code, endonym }) => ({ value: code, title: endonym, right: code })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Document direction (<html dir>): from the locale, or forced',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the locale', right: 'auto' },
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
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light' },
  parameters: {
    // Storybook's built-in viewport toolbar, with the three widths designers review.
    viewport: { options: viewports },
    options: {
      storySort: { order: ['Introduction', 'Foundations', 'Theming', 'Elements', 'Pages', 'Changelog'] },
    },
    controls: { expanded: true },
    // Violations count as errors in the a11y panel and in test runs.
    a11y: { test: 'error' },
  },
};

export default preview;
