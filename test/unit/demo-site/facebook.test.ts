import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../demo/site/index';
import { facebookAdapter } from '../../../utils/sites/facebook';
import { toCapture } from '../../../utils/sites/types';
import { load, NOW, revealAll } from './helpers';

function read(url: string, reveal = false) {
  const doc = load(url);
  if (reveal) revealAll(doc);
  const reading = facebookAdapter.read(doc, new URL(url), undefined, NOW);
  if (!reading) throw new Error('adapter did not recognise the demo page');
  // Compare what would be sent, without the DOM elements the adapter also returns.
  return { doc, capture: toCapture(reading) };
}

describe('demo Facebook page', () => {
  it('reads as a brand page with posts and at least 50 comments', () => {
    const { capture } = read(DEMO_URLS.facebook);
    expect(capture.page).toMatchObject({ id: 'facebook:kopirindang', name: 'Kopi Rindang' });
    expect(capture.posts).toHaveLength(4);
    for (const post of capture.posts) {
      expect(post.id).not.toContain('provisional');
      expect(post.authorName).toBe('Kopi Rindang');
      expect(post.text).not.toBe('');
    }
    expect(capture.comments.length).toBeGreaterThanOrEqual(50);
    for (const c of capture.comments) {
      expect(c.authorName, c.id).not.toBe('');
      expect(c.text, c.id).not.toBe('');
      expect(c.provisional, c.id).toBe(false);
      expect(c.id).toMatch(/^facebook:\d+$/);
    }
    expect(new Set(capture.comments.map((c) => c.id)).size).toBe(capture.comments.length);
  });

  it('nests replies one level under a known parent', () => {
    const { capture } = read(DEMO_URLS.facebook);
    const ids = new Set(capture.comments.map((c) => c.id));
    const replies = capture.comments.filter((c) => c.parentId !== null);
    expect(replies.length).toBeGreaterThanOrEqual(10);
    for (const r of replies) {
      expect(r.depth).toBe(1);
      expect(ids.has(r.parentId ?? '')).toBe(true);
    }
    expect(capture.comments.filter((c) => c.parentId === null).every((c) => c.depth === 0)).toBe(true);
  });

  it('dates comments from their relative timestamps', () => {
    const { capture } = read(DEMO_URLS.facebook);
    // "Comment by Bayu Adinegoro 2 hours ago" is 171 minutes old; "2h" floors it to 120.
    const bayu = capture.comments.find((c) => c.authorName === 'Bayu Adinegoro');
    expect(bayu?.createdAt).toBe(NOW - 2 * 3_600_000);
  });

  it('offers the reply composer of a thread, but never the post composer', () => {
    const { doc, capture } = read(DEMO_URLS.facebook);
    const reading = facebookAdapter.read(doc, new URL(DEMO_URLS.facebook), undefined, NOW);
    const eka = reading?.comments.find((c) => c.authorName === 'Eka Mahardhika');
    expect(eka && facebookAdapter.replyBox(eka.element)?.getAttribute('aria-label')).toBe(
      'Reply to Eka Mahardhika',
    );
    const ayu = reading?.comments.find((c) => c.authorName === 'Ayu Pramesthi');
    expect(ayu && facebookAdapter.replyBox(ayu.element)).toBeNull();
    expect(capture.comments.length).toBe(reading?.comments.length);
  });

  it('marks replies written by the page itself', () => {
    const { capture } = read(DEMO_URLS.facebook);
    const byPage = capture.comments.filter((c) => c.byPage);
    expect(byPage.length).toBeGreaterThanOrEqual(3);
    expect(byPage.every((c) => c.authorName === 'Kopi Rindang' && c.parentId !== null)).toBe(true);
  });

  it('decodes base64 comment ids and reads reaction counts', () => {
    const { doc, capture } = read(DEMO_URLS.facebook);
    const encoded = [...doc.querySelectorAll('a[href*="comment_id="]')].filter((a) =>
      /comment_id=[A-Za-z]/.test(a.getAttribute('href') ?? ''),
    );
    expect(encoded.length).toBeGreaterThanOrEqual(3);
    expect(capture.comments.some((c) => c.reactions > 10)).toBe(true);
  });

  it('does not count the composers as comments', () => {
    const { doc, capture } = read(DEMO_URLS.facebook);
    expect(doc.querySelectorAll('[role="textbox"][aria-label="Comment as Kopi Rindang"]')).toHaveLength(4);
    expect(doc.querySelectorAll('[role="textbox"][aria-label^="Reply to "]').length).toBeGreaterThan(0);
    expect(capture.comments.some((c) => c.text.startsWith('Comment as'))).toBe(false);
  });

  it('reads the same comments in the Indonesian interface', () => {
    const en = read(DEMO_URLS.facebook);
    const id = read(DEMO_URLS.facebookId);
    expect(id.capture.comments).toEqual(en.capture.comments);
    expect(id.doc.documentElement.lang).toBe('id');
    const labels = [...id.doc.querySelectorAll('[role="article"]')].map(
      (a) => a.getAttribute('aria-label') ?? '',
    );
    expect(labels.some((l) => /^Komentar oleh .+ yang lalu$/.test(l))).toBe(true);
    expect(labels.some((l) => /^Balasan dari .+ untuk komentar .+ yang lalu$/.test(l))).toBe(true);
    expect(id.doc.querySelector('[aria-label="Komentari sebagai Kopi Rindang"]')).not.toBeNull();
  });

  it('labels comments in English with their relative time', () => {
    const { doc } = read(DEMO_URLS.facebook);
    const labels = [...doc.querySelectorAll('[role="article"]')].map(
      (a) => a.getAttribute('aria-label') ?? '',
    );
    expect(labels).toContain('Comment by Bayu Adinegoro 2 hours ago');
    expect(labels.some((l) => /^Reply by .+ to Ayu Pramesthi's comment .+ ago$/.test(l))).toBe(true);
  });

  it('prints hostile-looking comment text as literal text', () => {
    const { doc, capture } = read(DEMO_URLS.facebook);
    expect(capture.comments.some((c) => c.text.includes('<b>html</b> & "quotes"'))).toBe(true);
    expect(doc.querySelector('[role="feed"] b')).toBeNull();
  });

  it('keeps late comments out of the first paint and reveals them with unique ids', () => {
    const before = read(DEMO_URLS.facebook).capture.comments;
    const after = read(DEMO_URLS.facebook, true).capture.comments;
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
  });
});
