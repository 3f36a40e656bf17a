/**
 * Helpers shared by demo.js's parts (a plain-JS string: see demo-js.ts). Page text only ever
 * becomes text nodes: `el` appends strings with `append`, which never parses markup.
 */
export const DOM_JS = `
  /** An element with attributes and children; string children become text nodes. */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const name of Object.keys(attrs || {})) node.setAttribute(name, attrs[name]);
    for (const child of children || []) node.append(child);
    return node;
  }

  /** "Reply to {name}" with the name put in; names are text, never patterns. */
  function fill(template, key, value) {
    return template.split('{' + key + '}').join(value);
  }

  /** Sequence numbers for posted comments, as the rendered ids print them (six digits). */
  function idFrom(prefix, seq) {
    return prefix + String(seq).padStart(6, '0');
  }

  /** The brand's CSS avatar, as avatar.ts renders it. */
  function brandAvatar(size, initials) {
    return el('span', { class: 'av av-' + size + ' av-cbrand', 'data-initials': initials, 'aria-hidden': 'true' });
  }

  /** The outermost element matching 'selector' around 'node' (itself included): a thread's top comment. */
  function outermost(node, selector) {
    let found = null;
    for (let up = node.closest(selector); up; up = up.parentElement ? up.parentElement.closest(selector) : null) found = up;
    return found;
  }

  function isEnter(event) {
    return event.key === 'Enter' && !event.shiftKey && !event.isComposing;
  }
`;
