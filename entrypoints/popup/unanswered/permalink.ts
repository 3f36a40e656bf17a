import { browser } from '#imports';

/**
 * A comment's link as the page gave it, if it leads to Facebook or Instagram over https. The
 * page is untrusted: a `javascript:` or look-alike link is never opened.
 */
export function safePermalink(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const site = /(^|\.)(facebook|instagram)\.com$/.test(url.hostname);
  return url.protocol === 'https:' && site ? url.href : null;
}

export async function openInTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
