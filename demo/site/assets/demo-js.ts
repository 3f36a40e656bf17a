import { DOM_JS } from './demo-js-dom';
import { FACEBOOK_JS } from './demo-js-facebook';
import { INSTAGRAM_JS } from './demo-js-instagram';

/**
 * /demo-assets/demo.js, served as a file because the pages forbid inline script (as Facebook
 * does). Plain JS kept in strings, so the very file the browser runs is what the unit tests
 * load into happy-dom (test/unit/demo-site/live.ts).
 * - "View more comments" / "View replies" buttons name a <template>; a click shows a progress
 *   bar for a moment and then inserts the template's nodes, so comments arrive late and as new
 *   nodes, the way the real sites load them.
 * - Replying as the brand (demo-js-facebook.ts, demo-js-instagram.ts), with the page's strings
 *   from the body's `data-demo` JSON (demo-data.ts).
 */
export const DEMO_JS = `(() => {
  'use strict';
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target && target.closest('[data-demo-reveal]');
    if (!button) return;
    const template = document.getElementById(button.getAttribute('data-demo-reveal') || '');
    if (!(template instanceof HTMLTemplateElement)) return;
    event.preventDefault();
    const wrap = button.closest('[data-demo-wrap]') || button;
    const spinner = document.createElement('div');
    spinner.setAttribute('role', 'progressbar');
    spinner.setAttribute('aria-busy', 'true');
    spinner.className = 'demo-loading';
    wrap.replaceWith(spinner);
    setTimeout(() => {
      spinner.remove();
      template.replaceWith(template.content);
    }, 350);
  });
${DOM_JS}${FACEBOOK_JS}${INSTAGRAM_JS}
  const data = JSON.parse(document.body.getAttribute('data-demo') || 'null');
  if (data && data.site === 'facebook') facebookReplies(data);
  if (data && data.site === 'instagram') instagramReplies(data);
})();
`;
