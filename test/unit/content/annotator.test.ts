import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAnnotator } from '@/entrypoints/content/annotator';
import { facebookAdapter } from '@/utils/sites/facebook';
import { appendFacebookComments, editText } from '../../fixtures/dom-changes';
import { FIXTURES, fixtureHtml } from '../../fixtures/load';
import { inProcessBackground } from '../in-process-background';

// The content script's messages go to the real background handlers on a fake-indexeddb Dexie.
const sent: Array<{ name: string; data: unknown }> = [];
let background = inProcessBackground();
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: Parameters<typeof background.fromContent>[0], data: unknown) => {
    sent.push({ name, data });
    return background.fromContent(name, data);
  },
}));

/** Comment ids in the storeCapture messages sent so far. */
function storedIds(): string[] {
  return sent
    .filter((m) => m.name === 'storeCapture')
    .flatMap(
      (m) => (JSON.parse((m.data as { json: string }).json) as { comments: { id: string }[] }).comments,
    )
    .map((c) => c.id);
}

const badges = () => [...document.querySelectorAll('tanggap-badge')];

describe('the annotator on a Facebook page', () => {
  let observer: MutationObserver;
  let records: MutationRecord[];

  beforeEach(() => {
    background = inProcessBackground();
    sent.length = 0;
    // happy-dom's own handle on its window: the address the adapter reads the page at.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      FIXTURES['facebook-page-en.html'],
    );
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      fixtureHtml('facebook-page-en.html'),
      'text/html',
    ).documentElement.innerHTML;
    records = [];
    observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  });
  afterEach(() => observer.disconnect());

  /** What the content script does on a page change: hand the page's records to a scan. */
  async function scanChanges(annotator: ReturnType<typeof createAnnotator>) {
    const page = [...records, ...observer.takeRecords()].filter(
      (r) => ![...r.addedNodes, ...r.removedNodes].every((n) => annotator.owns(n)),
    );
    records = [];
    return annotator.scan(page);
  }

  test('after a page change only what changed is tagged again and stored; every comment keeps one badge', async () => {
    const onError = vi.fn();
    const annotator = createAnnotator(facebookAdapter, onError);
    const count = await annotator.scan();
    await vi.waitFor(() => expect(storedIds().length).toBe(count));
    expect(badges()).toHaveLength(count ?? -1);
    const before = new Set(badges());

    const [added] = appendFacebookComments(document, 0, [
      {
        id: '9100000077',
        authorName: 'Yudi Hartono',
        authorUrl: 'https://www.facebook.com/profile.php?id=100080000000077',
        text: 'Kapan buka cabang di Bekasi min?',
      },
    ]);
    expect(await scanChanges(annotator)).toBe((count ?? 0) + 1);
    await vi.waitFor(() => expect(storedIds()).toContain('facebook:9100000077'));
    // The old comments were neither stored again nor given new badges.
    expect(storedIds()).toHaveLength((count ?? 0) + 1);
    expect(badges()).toHaveLength((count ?? 0) + 1);
    expect(badges().filter((b) => !before.has(b))).toHaveLength(1);
    expect(added?.querySelector('tanggap-badge')?.getAttribute('data-stage')).toBe('consumption');

    // An edit is stored again, with its new tag, and nothing else is.
    editText(added!, 'Sudah 2 minggu pesanan saya belum sampai, kecewa banget');
    await scanChanges(annotator);
    await vi.waitFor(() => expect(storedIds()).toHaveLength((count ?? 0) + 2));
    expect(storedIds().at(-1)).toBe('facebook:9100000077');
    expect(added?.querySelector('tanggap-badge')?.getAttribute('data-sentiment')).toBe('negative');

    // The page re-renders a thread as fresh nodes (our badges go with the old ones): each
    // comment gets its badge back, once, and nothing is stored again.
    const thread = document.querySelectorAll('[aria-posinset] [role="article"]')[0]!;
    const fresh = thread.cloneNode(true) as Element;
    for (const ours of fresh.querySelectorAll('tanggap-badge')) ours.remove();
    thread.replaceWith(fresh);
    await scanChanges(annotator);
    expect(badges()).toHaveLength((count ?? 0) + 1);
    const reading = facebookAdapter.read(document, new URL(location.href));
    expect(reading?.comments).toHaveLength((count ?? 0) + 1);
    for (const c of reading?.comments ?? [])
      expect(facebookAdapter.badgeAnchor(c.element)?.nextElementSibling?.localName).toBe('tanggap-badge');
    expect(storedIds()).toHaveLength((count ?? 0) + 2);
    expect(onError).not.toHaveBeenCalled();
    annotator.dispose();
    expect(badges()).toHaveLength(0);
  });
});
