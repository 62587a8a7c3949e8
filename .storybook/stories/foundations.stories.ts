// Foundations: every table here is generated from the one token source,
// packages/elements/src/tokens/tokens.ts (`@apiary/elements/tokens.js`). Nothing is copied: a new
// or changed token shows up on the next build.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { colors, scales } from '@apiary/elements/tokens.js';
import { html, nothing } from 'lit';
import { contrast } from './contrast.js';

type Scheme = keyof typeof colors;
type ColorKey = keyof (typeof colors)['light'];

/**
 * The backgrounds each colour is usually drawn on, and the WCAG level it must reach there: 4.5:1 for
 * text (AA, normal size), 3:1 for focus rings and other non-text UI (WCAG 1.4.11). Borders are
 * decorative (cards are also told apart by spacing), so their ratio is shown without a target.
 * Background tokens list the text drawn on them.
 */
const usage: Record<ColorKey, { on: ColorKey[]; min?: number; role: string }> = {
  canvas: { on: ['text', 'text-muted'], min: 4.5, role: 'Page background' },
  surface: { on: ['text', 'text-muted'], min: 4.5, role: 'Card background' },
  'surface-raised': { on: ['text', 'text-muted'], min: 4.5, role: 'Hover, chips, placeholders' },
  text: { on: ['canvas', 'surface', 'surface-raised'], min: 4.5, role: 'Body text' },
  'text-muted': { on: ['canvas', 'surface', 'surface-raised'], min: 4.5, role: 'Secondary text, metadata' },
  border: { on: ['canvas', 'surface'], role: 'Card and control outlines (decorative)' },
  accent: { on: ['canvas', 'surface'], min: 3, role: 'Brand: icons, highlights (non-text)' },
  'accent-strong': { on: ['accent-subtle', 'surface'], min: 4.5, role: 'Text on brand tints' },
  'accent-subtle': { on: ['accent-strong', 'text'], min: 4.5, role: 'Brand tint background' },
  'on-accent': { on: ['accent'], min: 4.5, role: 'Text on the accent colour' },
  link: { on: ['canvas', 'surface'], min: 4.5, role: 'Links' },
  focus: { on: ['canvas', 'surface'], min: 3, role: 'Focus ring (non-text)' },
  danger: { on: ['canvas', 'surface'], min: 4.5, role: 'Errors' },
};

const styles = html`<style>
  .foundations {
    max-width: 72rem;
    padding: 1rem;
  }
  .foundations table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: 2rem;
  }
  .foundations th,
  .foundations td {
    border-block-end: 1px solid var(--apiary-color-border);
    padding: 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  .foundations code {
    font-family: var(--apiary-font-mono);
    font-size: 0.875rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 3rem;
    block-size: 2rem;
    border: 1px solid var(--apiary-color-border);
    border-radius: 4px;
    vertical-align: middle;
  }
  .pair {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2rem;
    block-size: 1.5rem;
    border-radius: 4px;
    border: 1px solid var(--apiary-color-border);
  }
  .pair span {
    inline-size: 1rem;
    block-size: 0.5rem;
    border-radius: 2px;
  }
  .ratios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .ratios li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .fail {
    font-weight: 700;
  }
  .bar {
    block-size: 1rem;
    background: var(--apiary-color-accent);
  }
</style>`;

const page = (title: string, intro: string, body: unknown) =>
  html`${styles}
    <div class="foundations">
      <h1>${title}</h1>
      <p>${intro}</p>
      ${body}
    </div>`;

const ratioList = (scheme: Scheme, key: ColorKey) => {
  const { on, min } = usage[key];
  const palette = colors[scheme];
  return html`<ul class="ratios">
    ${on.map((other) => {
      const ratio = contrast(palette[key], palette[other]);
      const fails = min !== undefined && ratio < min;
      return html`<li>
        <span class="pair" style="background: ${palette[other]}" aria-hidden="true"
          ><span style="background: ${palette[key]}"></span
        ></span>
        <span class=${fails ? 'fail' : ''}
          >${ratio.toFixed(2)}:1 with <code>${other}</code>${
            min === undefined ? nothing : fails ? html` ⚠ below ${min}:1 (AA)` : html` ✓ AA`
          }</span
        >
      </li>`;
    })}
  </ul>`;
};

const colorTable = (scheme: Scheme) => html`
  <h2>${scheme === 'light' ? 'Light' : 'Dark'}</h2>
  <table>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Swatch</th>
        <th scope="col">Value</th>
        <th scope="col">Use</th>
        <th scope="col">Contrast on its usual backgrounds</th>
      </tr>
    </thead>
    <tbody>
      ${(Object.keys(colors[scheme]) as ColorKey[]).map(
        (key) =>
          html`<tr>
            <td><code>--apiary-color-${key}</code></td>
            <td><span class="swatch" style="background: ${colors[scheme][key]}" aria-hidden="true"></span></td>
            <td><code>${colors[scheme][key]}</code></td>
            <td>${usage[key]?.role ?? ''}</td>
            <td>${usage[key] ? ratioList(scheme, key) : nothing}</td>
          </tr>`,
      )}
    </tbody>
  </table>
`;

/** A plain table of one token group: name, value and a live sample drawn with the token itself. */
const scaleTable = (group: keyof typeof scales, sample: (variable: string) => unknown) => html`
  <table>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Value</th>
        <th scope="col">Sample</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(scales[group]).map(([key, value]) => {
        const variable = `--apiary-${group}-${key}`;
        return html`<tr>
          <td><code>${variable}</code></td>
          <td><code>${value}</code></td>
          <td>${sample(`var(${variable}, ${value})`)}</td>
        </tr>`;
      })}
    </tbody>
  </table>
`;

const meta: Meta = {
  title: 'Foundations',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

/**
 * Every colour token in light and dark, with its WCAG contrast ratio on the backgrounds it is
 * usually drawn on. ⚠ marks a pair below AA (4.5:1 for text, 3:1 for non-text UI).
 */
export const Colors: Story = {
  render: () =>
    page(
      'Colour',
      'Every colour token in both schemes, with its WCAG 2 contrast ratio on the backgrounds it is usually drawn on. ⚠ marks a pair below AA: 4.5:1 for text, 3:1 for focus rings and other non-text UI.',
      html`${colorTable('light')}${colorTable('dark')}`,
    ),
};

export const Typography: Story = {
  render: () =>
    page(
      'Typography',
      'Font families, the type scale, weights and line heights. Samples are drawn with the tokens themselves.',
      html`<h2>Families</h2>
        ${scaleTable('font', (v) => html`<span style="font-family: ${v}">Apiary 蜂房 مرحبا 0123</span>`)}
        <h2>Type scale</h2>
        ${scaleTable('font-size', (v) => html`<span style="font-size: ${v}; line-height: 1.2">The quick brown bee</span>`)}
        <h2>Weights</h2>
        ${scaleTable('font-weight', (v) => html`<span style="font-weight: ${v}">The quick brown bee</span>`)}
        <h2>Line heights</h2>
        ${scaleTable(
          'line-height',
          (v) =>
            html`<p style="line-height: ${v}; max-inline-size: 24rem; margin: 0">
              Two lines of text show the leading: eBPF runs sandboxed programs in the kernel.
            </p>`,
        )}`,
    ),
};

export const Spacing: Story = {
  render: () =>
    page(
      'Spacing',
      'The spacing scale for gaps and padding; density changes in the theming playground scale these.',
      scaleTable('space', (v) => html`<div class="bar" style="inline-size: ${v}"></div>`),
    ),
};

export const Radii: Story = {
  render: () =>
    page(
      'Radii',
      'Corner radii for cards, controls and chips.',
      scaleTable(
        'radius',
        (v) =>
          html`<div
            style="inline-size: 4rem; block-size: 2.5rem; border: 2px solid var(--apiary-color-accent); border-radius: ${v}"
          ></div>`,
      ),
    ),
};

export const Shadows: Story = {
  render: () =>
    page(
      'Shadows',
      'Elevation for raised cards and popovers.',
      scaleTable(
        'shadow',
        (v) =>
          html`<div
            style="inline-size: 6rem; block-size: 3rem; border-radius: 8px; background: var(--apiary-color-surface); box-shadow: ${v}"
          ></div>`,
      ),
    ),
};

export const Motion: Story = {
  render: () =>
    page(
      'Motion',
      'Durations and easing for transitions. Under prefers-reduced-motion the theme sets every duration to 0ms; elements honour it too.',
      html`<h2>Durations</h2>
        ${scaleTable('duration', (v) => html`<code>transition: opacity ${v}</code>`)}
        <h2>Easing</h2>
        ${scaleTable('easing', (v) => html`<code>transition-timing-function: ${v}</code>`)}`,
    ),
};
