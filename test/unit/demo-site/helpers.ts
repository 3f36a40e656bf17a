import { renderDemo } from '../../../demo/site/index';

/** A fixed clock, so relative times in assertions are stable. */
export const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);

export function load(url: string): Document {
  const response = renderDemo(new URL(url), NOW);
  if (!response) throw new Error(`no demo page for ${url}`);
  // happy-dom logs an error for every stylesheet link it may not load; the CSS is not under test.
  const body = response.body.replace(/<link rel="stylesheet"[^>]*>/g, '');
  return new DOMParser().parseFromString(body, 'text/html');
}

/** Does what demo.js does on every click: late comments become part of the page. */
export function revealAll(doc: Document): void {
  for (let template = doc.querySelector('template'); template; template = doc.querySelector('template')) {
    template.replaceWith(template.content);
  }
}
