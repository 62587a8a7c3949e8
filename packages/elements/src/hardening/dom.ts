// Comparing rendered shadow DOM, for the SSR parity suites, and loading built scripts. Test code only.

/** Elements in a canonical form: tag, sorted attributes, text; Lit's comment markers left out. */
export function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue!.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const children = [...node.childNodes].map(canonical).join('').replace(/\s+/g, ' ');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children.trim();
  const el = node as Element;
  // <style> in a server-rendered shadow root is the client's adoptedStyleSheets: compare them apart.
  if (el.localName === 'style') return '';
  // A `.value` binding is an attribute on the server and a property on the client: compare the value.
  const value = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? [`.value="${el.value}"`] : [];
  const attributes = [...el.attributes]
    .filter((a) => a.name !== 'defer-hydration' && !(value.length && a.name === 'value'))
    .map((a) => `${a.name}="${a.value}"`)
    .concat(value)
    .sort()
    .join(' ');
  return `<${el.localName} ${attributes}>${children}</${el.localName}>`;
}

/** Where two renderings part, with some context; empty when they are the same. */
export function diff(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}\n    ≠ …${b.slice(Math.max(0, i - 120), i + 80)}`;
}

/** An element server-rendered by the test server (@lit-labs/ssr over the published build), in a detached host. */
export async function serverRender(tag: string, lang: string, data?: { property: string; value: unknown }) {
  const response = await fetch('/__ssr__', {
    method: 'POST',
    body: JSON.stringify({ tag, lang, property: data?.property, value: data?.value }),
  });
  if (!response.ok) throw new Error(`${tag}: server render failed (${response.status})`);
  // Parsed into a detached host (declarative shadow roots included), so a data property can be
  // set before the element connects and hydrates, as a page's boot script does.
  const host = document.createElement('div');
  (host as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await response.text());
  return host;
}

/** Runs the built banner preload (a classic script) in this page, as a site's <head> would. */
export async function loadPreload(): Promise<void> {
  const script = document.createElement('script');
  script.src = new URL('../../dist/banner-preload.js', import.meta.url).href;
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  script.remove();
}
