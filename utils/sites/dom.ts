/** Small DOM readers shared by the site adapters. They only read; they never change the page. */

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the first element that matches, trying selectors in order. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Nearest ancestor (not the element itself) matching the selector. */
export function closestAncestor(el: Element, selector: string): Element | null {
  return el.parentElement?.closest(selector) ?? null;
}

/** Tanggap's own elements (`<tanggap-badge>`, `<tanggap-summary>`…) are never page content. */
export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('tanggap-');
}

/**
 * Visits `root`'s descendants in document order without entering those `isBoundary` accepts
 * (a nested comment): one pass finds a comment's "own" elements, where `querySelectorAll`
 * plus filtering would scan every reply again for each ancestor. `visit(el)` runs right after
 * `isBoundary(el)` for the same element, so the two may share what they read of it.
 */
export function walkOwn(
  root: Element,
  isBoundary: (el: Element) => boolean,
  visit: (el: Element) => void,
): void {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (isBoundary(el)) continue;
    visit(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

export function absoluteUrl(href: string | null, base: string): string {
  if (!href) return '';
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

/** "1,284", "1.2K", "3 rb", "1,2 jt" → a number; null when the text is not a count. */
export function parseCount(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)*)\s*(k|rb|m|jt)?$/i.exec(text.trim());
  if (!match) return null;
  const [, digits = '', suffix] = match;
  if (!suffix) return Number(digits.replace(/[.,]/g, ''));
  const scale = /^(k|rb)$/i.test(suffix) ? 1_000 : 1_000_000;
  return Math.round(Number(digits.replace(',', '.')) * scale);
}
