import type { Page } from 'playwright-core';
import type { Rig } from './rig';
import { askBackground as ask } from '../../scripts/rig/ask-background';

export interface BadgeInfo {
  commentId: string;
  stage: string;
  sentiment: string;
  source: string;
  intents: string[];
}

/** The badge Tanggap put beside the comment whose own text is exactly `text`. */
export async function badgeFor(page: Page, text: string): Promise<BadgeInfo | null> {
  return page.evaluate((wanted) => {
    for (const el of document.querySelectorAll('[role="article"] div[dir="auto"], li span[dir="auto"]')) {
      if (el.textContent?.trim() !== wanted) continue;
      const item = el.closest('[role="article"], li');
      const badge = [...(item?.querySelectorAll('tanggap-badge') ?? [])].find(
        (b) => b.closest('[role="article"], li') === item,
      );
      if (!badge) return null;
      return {
        commentId: badge.getAttribute('data-comment-id') ?? '',
        stage: badge.getAttribute('data-stage') ?? '',
        sentiment: badge.getAttribute('data-sentiment') ?? '',
        source: badge.getAttribute('data-source') ?? '',
        intents: [...(badge.shadowRoot?.querySelectorAll('.icon') ?? [])].map(
          (i) => i.getAttribute('data-intent') ?? '',
        ),
      };
    }
    return null;
  }, text);
}

/** How many comments carry zero, one, or more of our badges: every one should carry exactly one. */
export async function badgeCounts(
  page: Page,
  commentSelector: string,
  /** What every comment holds and loading shells, composers and captions lack. */
  mustHold = commentSelector === 'li' ? 'a[href*="/c/"]' : '[dir="auto"]',
): Promise<{ comments: number; wrong: number }> {
  return page.evaluate(
    ([selector, hold]) => {
      const items = [...document.querySelectorAll(selector)].filter((el) => el.querySelector(hold));
      const wrong = items.filter((item) => {
        const own = [...item.querySelectorAll('tanggap-badge')].filter((b) => b.closest(selector) === item);
        return own.length !== 1;
      });
      return { comments: items.length, wrong: wrong.length };
    },
    [commentSelector, mustHold] as const,
  );
}

/** Calls the background the way our extension pages do, from one of them. */
export function askBackground<T>(rig: Rig, type: string, data: unknown): Promise<T> {
  return ask<T>(rig.browser.context, rig.browser.extensionId, type, data);
}
