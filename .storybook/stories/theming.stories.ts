// The theming playground: controls bound to the tokens (brand colour, font, radius, density), every
// element on one page, and the CSS of the chosen overrides to copy into a site's stylesheet.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { colors, scales } from '@apiary/elements/tokens.js';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { en, icon, posts, projects, talks } from './samples.js';

const fonts = {
  'System (default)': scales.font.body,
  'Humanist sans': '"Noto Sans", "Segoe UI", Candara, "Trebuchet MS", sans-serif',
  Serif: '"Noto Serif", Georgia, Cambria, "Times New Roman", serif',
  Monospace: scales.font.mono,
} as const;

const densities = { compact: 0.75, comfortable: 1, spacious: 1.25 } as const;

type Args = {
  brand: string;
  font: keyof typeof fonts;
  radius: number;
  density: keyof typeof densities;
};

const defaultRadius = parseFloat(scales.radius.md);

/**
 * The custom properties that differ from the built-in theme. The brand colour sets the accent and
 * derives its strong and subtle companions with `color-mix()` (check their contrast on the
 * Foundations › Colors page's pairs before shipping); radius scales sm/md/lg together; density
 * scales the spacing steps.
 */
function overrides({ brand, font, radius, density }: Args): Record<string, string> {
  const out: Record<string, string> = {};
  if (brand.toLowerCase() !== colors.light.accent) {
    out['--apiary-color-accent'] = brand;
    out['--apiary-color-accent-strong'] = `color-mix(in oklab, ${brand} 70%, black)`;
    out['--apiary-color-accent-subtle'] = `color-mix(in oklab, ${brand} 14%, white)`;
  }
  if (fonts[font] !== scales.font.body) {
    out['--apiary-font-body'] = fonts[font];
    out['--apiary-font-heading'] = fonts[font];
  }
  if (radius !== defaultRadius) {
    out['--apiary-radius-sm'] = `${radius / 2}px`;
    out['--apiary-radius-md'] = `${radius}px`;
    out['--apiary-radius-lg'] = `${radius * 1.5}px`;
  }
  const factor = densities[density];
  if (factor !== 1) {
    for (const [step, value] of Object.entries(scales.space)) {
      out[`--apiary-space-${step}`] = `${+(parseFloat(value) * factor).toFixed(4)}rem`;
    }
  }
  return out;
}

/** The overrides as a stylesheet rule for a site's CSS. */
const cssOf = (vars: Record<string, string>) =>
  Object.keys(vars).length === 0
    ? '/* The built-in theme: nothing to override. */'
    : `:root {\n${Object.entries(vars)
        .map(([name, value]) => `  ${name}: ${value};`)
        .join('\n')}\n}`;

async function copy(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const text = button.closest('.playground')?.querySelector('pre')?.textContent ?? '';
  const status = button.nextElementSibling as HTMLElement;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying was blocked: select the CSS above and copy it.';
  }
}

const meta: Meta<Args> = {
  title: 'Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  args: { brand: colors.light.accent, font: 'System (default)', radius: defaultRadius, density: 'comfortable' },
  argTypes: {
    brand: { control: 'color', description: 'Brand colour: `--apiary-color-accent` and its strong/subtle mixes' },
    font: {
      control: 'select',
      options: Object.keys(fonts),
      description: 'Body and heading font: `--apiary-font-body`, `--apiary-font-heading`',
    },
    radius: {
      control: { type: 'range', min: 0, max: 24, step: 1 },
      description: 'Corner radius in px: `--apiary-radius-md` (sm is half, lg one and a half)',
    },
    density: {
      control: 'inline-radio',
      options: Object.keys(densities),
      description: 'Spacing scale: `--apiary-space-*` × 0.75, 1 or 1.25',
    },
  },
};

export default meta;

/** Change the controls and every element below follows; copy the CSS into your site. */
export const Playground: StoryObj<Args> = {
  render: (args) => {
    const vars = overrides(args);
    return html`
      <style>
        .playground {
          padding: 1rem;
          max-width: 80rem;
        }
        .playground pre {
          background: var(--apiary-color-surface-raised);
          padding: 1rem;
          border-radius: 8px;
          overflow: auto;
          font-family: var(--apiary-font-mono);
        }
        .playground button {
          font: inherit;
          padding: 0.375rem 0.875rem;
          border: 1px solid var(--apiary-color-border);
          border-radius: 6px;
          background: var(--apiary-color-surface-raised);
          color: var(--apiary-color-text);
          cursor: pointer;
        }
        .playground button:focus-visible {
          outline: 3px solid var(--apiary-color-focus);
          outline-offset: 2px;
        }
        .playground .elements {
          display: grid;
          gap: var(--apiary-space-8);
          font-family: var(--apiary-font-body);
        }
        .playground .cards {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
          gap: var(--apiary-space-6);
          list-style: none;
          padding: 0;
          margin: 0;
        }
      </style>
      <div class="playground">
        <h1>Theming playground</h1>
        <p>
          Change the brand colour, font, radius and density in the Controls panel: they set
          <code>--apiary-*</code> tokens on the box below, and every element follows. A colour you set holds in light
          and dark; set a <code>light-dark(light, dark)</code> pair to keep the schemes apart.
        </p>
        <h2>Your CSS</h2>
        <pre aria-label="CSS overrides"><code>${cssOf(vars)}</code></pre>
        <p><button type="button" @click=${copy}>Copy CSS</button> <span role="status"></span></p>
        <h2>Every element</h2>
        <div class="elements" style=${styleMap(vars)}>
          <apiary-banner href="#summit">${en.banner.message} <strong>${en.banner.cta}</strong></apiary-banner>
          <apiary-locale-switcher scope="elements" no-persist></apiary-locale-switcher>
          <ul class="cards" aria-label=${en.featuresLabel}>
            ${en.features.map(
              (feature) =>
                html`<li>
                  <apiary-feature-card heading=${feature.heading} heading-level="3" href="#${feature.icon}"
                    >${icon(feature.icon)}${feature.body}</apiary-feature-card
                  >
                </li>`,
            )}
          </ul>
          <apiary-project-grid heading-level="3" .projects=${projects.slice(0, 8)}></apiary-project-grid>
          <apiary-talk-list layout="gallery" group-by="none" limit="3" heading-level="3" .talks=${talks}>
          </apiary-talk-list>
          <apiary-blog-teaser limit="2" heading-level="3" .posts=${posts}></apiary-blog-teaser>
        </div>
      </div>
    `;
  },
};
