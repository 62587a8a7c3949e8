/**
 * The one token source. Element styles read these through `token()` (each value becomes a
 * `--apiary-*` custom property with a built-in default), and the build generates
 * `themes/apiary.css` from it; Storybook's foundations pages read it too.
 */

/** Colours, per scheme: every key exists in both. */
export const colors = {
  light: {
    canvas: '#ffffff',
    surface: '#ffffff',
    'surface-raised': '#f6f8fa',
    text: '#1f2328',
    'text-muted': '#57606a',
    border: '#d0d7de',
    accent: '#b45309',
    'accent-strong': '#92400e',
    'accent-subtle': '#fef3c7',
    'on-accent': '#ffffff',
    link: '#0b5cad',
    focus: '#0b5cad',
    danger: '#b42318',
  },
  dark: {
    canvas: '#0d1117',
    surface: '#161b22',
    'surface-raised': '#1f2630',
    text: '#e6edf3',
    'text-muted': '#9da7b3',
    border: '#3d444d',
    accent: '#f5b041',
    'accent-strong': '#fbd38d',
    'accent-subtle': '#3a2a0c',
    'on-accent': '#1f2328',
    link: '#6cb6ff',
    focus: '#6cb6ff',
    danger: '#ff8f7e',
  },
} as const;

/** Scheme-independent tokens, by group; the custom property is `--apiary-<group>-<key>`. */
export const scales = {
  font: {
    body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
    heading: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
    mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  },
  'font-size': {
    sm: '0.875rem',
    md: '1rem',
    lg: '1.25rem',
    xl: '1.5rem',
    '2xl': '2rem',
  },
  'font-weight': {
    normal: '400',
    medium: '500',
    bold: '700',
  },
  'line-height': {
    tight: '1.25',
    normal: '1.6',
  },
  space: {
    '1': '0.25rem',
    '2': '0.5rem',
    '3': '0.75rem',
    '4': '1rem',
    '6': '1.5rem',
    '8': '2rem',
  },
  radius: {
    sm: '4px',
    md: '8px',
    lg: '12px',
    pill: '999px',
  },
  shadow: {
    sm: '0 1px 2px rgb(0 0 0 / 0.08)',
    md: '0 4px 14px rgb(0 0 0 / 0.12)',
  },
  duration: {
    fast: '120ms',
    normal: '200ms',
  },
  easing: {
    standard: 'cubic-bezier(0.2, 0, 0, 1)',
  },
} as const;

export type ColorToken = `color-${keyof (typeof colors)['light']}`;
type Scales = typeof scales;
export type ScaleToken = { [G in keyof Scales]: `${G & string}-${keyof Scales[G] & string}` }[keyof Scales];
export type TokenName = ColorToken | ScaleToken;

/** A scheme to read the colours in; `light-dark` gives each colour as `light-dark(<light>, <dark>)`. */
export type Scheme = keyof typeof colors | 'light-dark';

/** A colour token in both schemes: the `color-scheme` where it is used picks one. */
const lightDark = (key: keyof (typeof colors)['light']) => `light-dark(${colors.light[key]}, ${colors.dark[key]})`;

/**
 * Every token's default, keyed by name without the `--apiary-` prefix: the colours of one scheme
 * (light unless named), or of both as `light-dark()` (what elements and the theme use).
 */
export function defaults(scheme: Scheme = 'light'): Record<TokenName, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(colors.light) as (keyof (typeof colors)['light'])[]) {
    out[`color-${key}`] = scheme === 'light-dark' ? lightDark(key) : colors[scheme][key];
  }
  for (const [group, values] of Object.entries(scales)) {
    for (const [key, value] of Object.entries(values)) out[`${group}-${key}`] = value;
  }
  return out as Record<TokenName, string>;
}

/** The colours as declarations of `--<prefix><key>`, in one scheme or both (`light-dark`). */
export function colorDecls(scheme: Scheme, prefix = 'apiary-color-', separator = ' ', skip: string[] = []): string {
  const all = defaults(scheme);
  return Object.keys(colors.light)
    .filter((key) => !skip.includes(key))
    .map((key) => `--${prefix}${key}: ${all[`color-${key}` as ColorToken]};`)
    .join(separator);
}

/**
 * The theme stylesheet. Colours are `light-dark()` values, so they follow the `color-scheme` the
 * page declares (none: light; `light dark`: the system's); `data-theme="dark"`/`"light"` forces
 * one. It never sets `color-scheme` on `:root`, which would outrank the page's own. Browsers
 * without `light-dark()` get the light palette, or the dark one under `data-theme="dark"`.
 */
export function themeCss(): string {
  const scaleDecls = Object.entries(defaults())
    .filter(([name]) => !name.startsWith('color-'))
    .map(([name, value]) => `  --apiary-${name}: ${value};`)
    .join('\n');
  const colorsIn = (scheme: Scheme, indent: string) => `${indent}${colorDecls(scheme, 'apiary-color-', `\n${indent}`)}`;
  return `/* Generated from src/tokens/tokens.ts by scripts/build-theme.mjs — do not edit. */
:root {
${colorsIn('light-dark', '  ')}
${scaleDecls}
}

/* Forces a scheme on the element and what it holds; :root[…] outranks the page's own color-scheme on :root. */
:root[data-theme='light'],
[data-theme='light'] {
  color-scheme: light;
}

:root[data-theme='dark'],
[data-theme='dark'] {
  color-scheme: dark;
}

/* Without light-dark(): light, or dark under data-theme="dark". */
@supports not (color: light-dark(#000, #fff)) {
  :root,
  [data-theme='light'] {
${colorsIn('light', '    ')}
  }

  [data-theme='dark'] {
${colorsIn('dark', '    ')}
  }
}

@media (prefers-reduced-motion: reduce) {
  :root {
    --apiary-duration-fast: 0ms;
    --apiary-duration-normal: 0ms;
  }
}
`;
}
