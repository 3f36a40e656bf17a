import { browser } from '#imports';

/** A comment's link as the page gave it, if it is a web address (never javascript: or the like). */
export function safePermalink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Opens the comment on its page in a new tab: the popup closes when it loses focus anyway. */
export function openPermalink(url: string): void {
  void browser.tabs.create({ url });
}
