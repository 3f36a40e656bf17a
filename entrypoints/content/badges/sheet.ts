/** One stylesheet for every badge and summary: parsed once, adopted by each shadow root. */
const CSS = `
/* The host is a block of its own under the comment's text: inserting it leaves the text's lines
   as laid out (an inline badge made the page lay every comment's lines out again). It has no
   position until it shows a popup (see :hover below): a positioned box is a paint layer of its
   own, and thousands of those cost the page time on every frame. */
:host { all: initial; display: block; width: fit-content; margin: 2px 0;
  font: 500 11px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.badge { display: inline-block; appearance: none; cursor: pointer; border-radius: 999px;
  padding: 1px 7px; border: 1px dashed #94a3b8; background: #f8fafc; color: #0f172a; font: inherit; }
.badge:focus-visible { outline: 2px solid #0f766e; outline-offset: 1px; }
:host([data-source='manual']) .badge { border: 1.5px solid #0f766e; background: #ecfdf5; }
:host([data-source='manual']) .stage::after { content: ' ✎'; }
:host([data-source='page']) .badge { border: 1px solid #0f766e; color: #0f766e; cursor: default; }
/* The sentiment dot: a pseudo-element, one element fewer per badge. */
.badge::before { content: ''; display: inline-block; width: 8px; height: 8px; margin-right: 4px;
  border-radius: 50%; background: #94a3b8; }
:host([data-source='page']) .badge::before { display: none; }
:host([data-sentiment='positive']) .badge::before { background: #16a34a; }
:host([data-sentiment='negative']) .badge::before { background: #dc2626; }
.icon { font-weight: 700; color: #b45309; margin-left: 4px; }
.icon[data-intent='toxic'], .icon[data-intent='urgent'] { color: #b91c1c; }
:host(:hover), :host(:focus-within), :host([data-menu-open]) { position: relative; z-index: 2147483646; }
.pop { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483646; min-width: 220px; max-width: 320px;
  background: #fff; color: #0f172a; border: 1px solid #cbd5e1; border-radius: 8px; padding: 8px;
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); }
.why { display: none; }
:host(:hover) .why, :host(:focus-within) .why { display: block; }
:host([data-menu-open]) .why { display: none; }
.why p { margin: 0 0 4px; }
.muted { color: #64748b; }
.menu[hidden] { display: none; }
.menu fieldset { border: 0; margin: 0 0 6px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.menu legend { font-weight: 700; margin-bottom: 4px; }
.menu button { font: inherit; border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; padding: 2px 6px; cursor: pointer; }
.menu button[aria-checked='true'] { background: #0f766e; color: #fff; border-color: #0f766e; }
.menu .reply { display: block; width: 100%; font-weight: 600; background: #0f766e; color: #fff; border-color: #0f766e; }
/* "Show me that comment" from the side panel: a ring until the pointer or focus moves on. */
:host([data-flash]) .badge { outline: 3px solid #f59e0b; outline-offset: 2px; }
.error { color: #b91c1c; }
.summary { display: flex; flex-wrap: wrap; gap: 6px; padding: 4px 8px; margin: 4px 0; border-radius: 6px;
  background: #f0fdfa; color: #134e4a; border: 1px solid #99f6e4; }
.summary b { color: #0f766e; }
.summary .neg { color: #b91c1c; }
`;

let shared: CSSStyleSheet | null | undefined;

/** Gives a shadow root our styles: the shared sheet where the browser allows, else a copy. */
export function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    } catch {
      // Firefox content scripts cannot construct sheets for page nodes.
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      shared = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
