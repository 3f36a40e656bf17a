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

/** All elements the first productive selector finds. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Nearest ancestor (not the element itself) matching the selector. */
export function closestAncestor(el: Element, selector: string): Element | null {
  return el.parentElement?.closest(selector) ?? null;
}

export function countAncestors(el: Element, selector: string): number {
  let depth = 0;
  for (let a = closestAncestor(el, selector); a; a = closestAncestor(a, selector)) depth++;
  return depth;
}

export function absoluteUrl(href: string | null, base: string): string {
  if (!href) return '';
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}
