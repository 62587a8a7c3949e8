/**
 * Text folded for matching what a person types: compatibility-decomposed (full-width `ｅＢＰＦ` →
 * `eBPF`), combining marks removed (`é` → `e`), lower-cased without the page's locale (a Turkish
 * page must not turn `I` into `ı`). CJK text passes through, so a substring search finds it. The
 * grid's search, the blog teaser's duplicate titles and the switcher's typeahead fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
