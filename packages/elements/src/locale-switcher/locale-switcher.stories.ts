import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../locale-switcher.js';
import '../feature-card.js';
import { elementStories } from '../stories/element-stories.js';
import type { ApiaryLocaleSwitcher } from './locale-switcher.js';

// `locales` is a `string[]` property; in Storybook it is its attribute, a space-separated string.
type Args = Omit<typeof shared.args, 'locales'> & { locales?: string };
const switcher = (storyArgs: Args) => template(storyArgs as unknown as typeof shared.args);
type Story = StoryObj<Args>;

/** A few localized elements, so a live switch shows the page re-rendering in place. */
const cards = html`
  <div
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; margin-block-start: 1.5rem"
  >
    <apiary-feature-card heading="Networking" href="#networking">
      Programmable, fast packet processing in the kernel.
    </apiary-feature-card>
    <apiary-feature-card heading="Security" href="#security">
      System calls and network operations, observed and controlled together.
    </apiary-feature-card>
  </div>
`;

/**
 * Navigate mode never leaves Storybook: the story cancels `apiary-locale-change` (as a client-side
 * router would) and shows where the link would have gone.
 */
const showDestination = (event: CustomEvent<{ locale: string; url?: string }>) => {
  event.preventDefault();
  const output = (event.currentTarget as HTMLElement).querySelector('output')!;
  output.textContent = `Would go to ${event.detail.url ?? '(no URL)'} for ${event.detail.locale}.`;
};

const navigateFrame = (content: unknown) => html`
  <div @apiary-locale-change=${showDestination}>
    ${content}
    <p><output aria-live="polite">Pick a language: the story shows where it would go.</output></p>
  </div>
`;

const ALTERNATE = 'data-apiary-story-alternate';
/** Removes `<link rel="alternate">` tags an earlier story of this file added to `<head>`. */
const clearAlternates: Decorator = (story) => {
  for (const link of document.head.querySelectorAll(`link[${ALTERNATE}]`)) link.remove();
  return story();
};
/** Adds the page's `<link rel="alternate" hreflang>` tags, as a site's `<head>` would have them. */
const withAlternates =
  (alternates: Record<string, string>): Decorator =>
  (story) => {
    for (const [hreflang, href] of Object.entries(alternates)) {
      const link = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href });
      link.setAttribute(ALTERNATE, '');
      document.head.append(link);
    }
    return story();
  };

/** Written guidance for designers and authors, shown on the docs page above the manifest tables. */
const guidance = `\`<apiary-locale-switcher>\`: switches the page's language, live for embeds or by URL for sites.

**When to use it.** Any page offered in two or more languages, in the header, at the same place on every page. \`mode="navigate"\` on multilingual sites (one URL per locale), live mode for embeds.

**Content guidelines.** Offer only the locales the page really has (\`locales\` or the page's \`hreflang\` alternates). Language names show as endonyms (Français, 简体中文) and are never translated; do not use flags: languages are not countries.

**Accessibility.** A labelled button opens a menu operable with arrow keys, Home/End, Enter and Escape; each option carries its own \`lang\` so screen readers pronounce it; the current language is marked. The choice is remembered unless \`no-persist\`.`;

// Args and argTypes come from custom-elements.json: the attributes keep their names (`locales`,
// `mode`, `scope`, `href-template`, `default-locale`, `persist-key`, `no-persist`, `detect`).
const { template, meta: shared } = elementStories<ApiaryLocaleSwitcher>('apiary-locale-switcher', guidance, '72rem');

const meta: Meta<Args> = {
  title: 'Elements/Locale switcher',
  ...shared,
  args: shared.args as Args,
  render: (storyArgs) => html`${switcher(storyArgs)}${cards}`,
  decorators: [clearAlternates, ...shared.decorators],
};

export default meta;

/**
 * Live mode (the default, for embeds): picking a language re-renders the cards below in place and
 * sets `<html lang dir>` — try العربية. `no-persist` keeps Storybook from remembering the choice.
 */
export const Live: Story = {
  args: { 'no-persist': true },
};

/**
 * `scope="elements"` leaves the host document alone (`<html lang>` stays): only Apiary elements
 * switch, each taking its own direction — for a widget embedded in someone else's page.
 */
export const ElementsScope: Story = {
  name: 'Live, elements only',
  args: { scope: 'elements', 'no-persist': true },
};

/** `locales` picks and orders the offered languages; a regional tag keeps its region for URLs and `<html lang>`. */
export const ChosenLocales: Story = {
  args: { locales: 'en fr-FR zh-Hans ja ar', 'no-persist': true },
};

/**
 * Navigate mode with the page's `<link rel="alternate" hreflang>` tags: each language is a real
 * link to that version of the page, and the offered languages are the page's alternates.
 */
export const NavigateWithAlternates: Story = {
  name: 'Navigate, hreflang alternates',
  args: { mode: 'navigate' },
  decorators: [withAlternates({ en: '/', 'zh-Hans': '/zh-hans/', fr: '/fr/', ja: '/ja/', 'x-default': '/' })],
  render: (storyArgs) => navigateFrame(switcher(storyArgs)),
};

/**
 * Navigate mode with `href-template`: `{locale}` is the lower-case tag, `{path}` the current path
 * without its locale prefix, and the `default-locale` is served without a prefix.
 */
export const NavigateWithTemplate: Story = {
  name: 'Navigate, href-template',
  args: {
    mode: 'navigate',
    locales: 'en zh-Hans fr pt-BR',
    'href-template': '/{locale}/{path}',
    'default-locale': 'en',
  },
  render: (storyArgs) => navigateFrame(switcher(storyArgs)),
};

/** The open menu: arrow keys, Home/End and typeahead move, Enter or Space picks, Escape closes. */
export const Open: Story = {
  args: { 'no-persist': true },
  play: async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('apiary-locale-switcher')!;
    await switcher.updateComplete;
    switcher.shadowRoot!.querySelector<HTMLButtonElement>('.button')!.click();
    await switcher.updateComplete;
  },
};

/** In Arabic the switcher, its menu and the cards run right to left. */
export const Arabic: Story = {
  name: 'العربية (right to left)',
  globals: { locale: 'ar' },
  args: { 'no-persist': true },
};

/** The pseudo-locale `en-XA`: accented, ~40% longer, bracketed — hard-coded or clipped text stands out. */
export const PseudoLocale: Story = {
  name: 'Pseudo-locale (en-XA)',
  globals: { locale: 'en-XA' },
  args: { locales: 'en en-XA ar', 'no-persist': true },
};

/** Do: offer exactly the languages the page has. */
export const DoPageLocales: Story = {
  name: 'Do: only the languages the page has',
  args: { locales: 'en zh-Hans fr' as unknown as Args['locales'] },
};

/** Don't: every language Apiary ships, when the page's own copy exists in three. */
export const DontEveryLocale: Story = {
  name: "Don't: every shipped language for a three-language site",
  args: { locales: 'en zh-Hans zh-Hant fr es pt pt-BR it ja ko hi sw ar' as unknown as Args['locales'] },
};
