import { browser } from '#imports';
import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/utils/messaging/messenger';
import type { PageStatus } from '@/utils/messaging/protocol';

export interface TargetTab {
  tabId: number | null;
  status: PageStatus | null;
}

/** `?tab=<id>` pins the panel to one tab (tests, and the panel opened in a tab of its own). */
function pinnedTab(): number | null {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

async function statusOf(tabId: number): Promise<PageStatus | null> {
  try {
    return (await sendMessage('pageStatus', {}, tabId)) ?? null;
  } catch {
    // No content script there: not a Facebook or Instagram tab.
    return null;
  }
}

/**
 * The tab the side panel works on: the active tab, following the user as they switch tabs,
 * or the tab a selected comment came from. `follow(tabId)` switches to a tab.
 */
export function useTargetTab(): TargetTab & { follow(tabId: number): void } {
  const [target, setTarget] = useState<TargetTab>({ tabId: pinnedTab(), status: null });

  const follow = useCallback((tabId: number) => {
    void statusOf(tabId).then((status) => setTarget({ tabId, status }));
  }, []);

  useEffect(() => {
    const pinned = pinnedTab();
    if (pinned !== null) {
      follow(pinned);
      return;
    }
    const refresh = () => void activeTab().then((id) => id !== null && follow(id));
    refresh();
    const onActivated = () => refresh();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow]);

  return { ...target, follow };
}
