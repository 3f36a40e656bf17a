import type { DemoData } from './demo-data';
import { html, type Html } from './html';

/**
 * Page shell. The CSP mirrors the real sites' rule that matters to us: no inline script and no
 * eval, so anything the extension runs in the page's world must be a packaged file.
 */
export function documentShell(opts: {
  lang: string;
  title: string;
  css: string;
  bodyClass: string;
  body: Html;
  /** For demo.js (see demo-data.ts), as JSON in the body's data-demo attribute. */
  data?: DemoData;
}): string {
  return html`<!DOCTYPE html>
    <html lang="${opts.lang}" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          http-equiv="Content-Security-Policy"
          content="script-src 'self'; object-src 'none'; base-uri 'self'"
        />
        <title>${opts.title}</title>
        <link rel="stylesheet" href="${opts.css}" />
        <script src="/demo-assets/demo.js" defer></script>
      </head>
      <body class="${opts.bodyClass}" ${opts.data ? html` data-demo="${JSON.stringify(opts.data)}"` : ''}>
        ${opts.body}
      </body>
    </html> `.value;
}
