/**
 * /demo-assets/demo.js, served as a file because the pages forbid inline script (as Facebook
 * does). "View more comments" / "View replies" buttons name a <template>; a click shows a
 * progress bar for a moment and then inserts the template's nodes, so comments arrive late
 * and as new nodes, the way the real sites load them.
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
})();
`;
