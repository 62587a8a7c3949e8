/**
 * A tiny classic script for `<head>`: `<script src=".../banner-preload.js"></script>` (no `type="module"`,
 * which would run too late). Before the body is parsed it hides every `<apiary-banner>` whose
 * `dismiss-key` was remembered, so a prerendered page does not show the banner and then shift its
 * layout when the element upgrades. It adds a constructed stylesheet (no inline style, so it
 * works under a strict CSP) and defines nothing.
 */
(() => {
  const prefix = 'apiary-banner-dismissed:'; // DISMISSED_PREFIX in banner/dismissed.ts; a test keeps them equal
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(prefix)) keys.push(name.slice(prefix.length));
    }
    if (!keys.length) return;
    const sheet = new CSSStyleSheet();
    for (const key of keys) {
      sheet.insertRule(`apiary-banner[dismiss-key="${CSS.escape(key)}"] { display: none !important; }`);
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // storage blocked: banners show, and hide themselves when they upgrade
  }
})();
