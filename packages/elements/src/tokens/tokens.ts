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

/** Every token's light-scheme (built-in) default, keyed by name without the `--apiary-` prefix. */
export function defaults(scheme: keyof typeof colors = 'light'): Record<TokenName, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(colors[scheme])) out[`color-${key}`] = value;
  for (const [group, values] of Object.entries(scales)) {
    for (const [key, value] of Object.entries(values)) out[`${group}-${key}`] = value;
  }
  return out as Record<TokenName, string>;
}

/** The theme stylesheet: light by default, dark by `prefers-color-scheme` or `[data-theme="dark"]`. */
export function themeCss(): string {
  const decls = (entries: Record<string, string>, indent: string) =>
    Object.entries(entries)
      .map(([name, value]) => `${indent}--apiary-${name}: ${value};`)
      .join('\n');
  const dark = Object.fromEntries(Object.entries(colors.dark).map(([k, v]) => [`color-${k}`, v]));
  return `/* Generated from src/tokens/tokens.ts by scripts/build-theme.mjs — do not edit. */
:root,
[data-theme='light'] {
  color-scheme: light;
${decls(defaults('light'), '  ')}
}

@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
    color-scheme: dark;
${decls(dark, '    ')}
  }
}

[data-theme='dark'] {
  color-scheme: dark;
${decls(dark, '  ')}
}

@media (prefers-reduced-motion: reduce) {
  :root {
    --apiary-duration-fast: 0ms;
    --apiary-duration-normal: 0ms;
  }
}
`;
}
