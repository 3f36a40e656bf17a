import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../demo/site/index';
import { instagramAdapter } from '../../../utils/sites/instagram';
import { toCapture } from '../../../utils/sites/types';
import { load, NOW, revealAll } from './helpers';

function read(reveal = false) {
  const doc = load(DEMO_URLS.instagram);
  if (reveal) revealAll(doc);
  const reading = instagramAdapter.read(doc, new URL(DEMO_URLS.instagram), undefined, NOW);
  if (!reading) throw new Error('adapter did not recognise the demo post');
  // Compare what would be sent, without the DOM elements the adapter also returns.
  return { doc, capture: toCapture(reading) };
}

describe('demo Instagram post', () => {
  it('reads the brand post with at least 50 comments', () => {
    const { capture } = read();
    expect(capture.page).toMatchObject({
      id: 'instagram:kopirindang',
      url: 'https://www.instagram.com/kopirindang/',
    });
    expect(capture.posts[0]?.text).toContain('Es Kopi Aren Pandan');
    expect(capture.comments.length).toBeGreaterThanOrEqual(50);
    for (const c of capture.comments) {
      expect(c.authorName, c.id).not.toBe('');
      expect(c.text, c.id).not.toBe('');
      expect(c.createdAt, c.id).toBeLessThan(NOW);
    }
    expect(new Set(capture.comments.map((c) => c.id)).size).toBe(capture.comments.length);
  });

  it('reads replies as depth 1 under a comment that exists', () => {
    const { capture } = read();
    const ids = new Set(capture.comments.map((c) => c.id));
    const replies = capture.comments.filter((c) => c.parentId !== null);
    expect(replies.length).toBeGreaterThanOrEqual(10);
    for (const r of replies) {
      expect(r.depth).toBe(1);
      expect(ids.has(r.parentId ?? '')).toBe(true);
    }
  });

  it('marks answers by the brand account', () => {
    const { capture } = read();
    const byPage = capture.comments.filter((c) => c.byPage);
    expect(byPage.length).toBeGreaterThanOrEqual(2);
    expect(byPage.every((c) => c.authorName === 'kopirindang')).toBe(true);
  });

  it('shows like counts and the post composer', () => {
    const { doc, capture } = read();
    expect(capture.comments.find((c) => c.text.startsWith('Aku bikin versi rumahan'))?.reactions).toBe(58);
    const reading = instagramAdapter.read(doc, new URL(DEMO_URLS.instagram), undefined, NOW);
    const first = reading?.comments[0];
    expect(first && instagramAdapter.replyBox(first.element)?.getAttribute('aria-label')).toBe(
      'Add a comment…',
    );
  });

  it('dates comments relative to now', () => {
    const { capture } = read();
    const first = capture.comments[0];
    expect(first?.createdAt).toBe(NOW - 296 * 60_000);
  });

  it('escapes comment text', () => {
    const { doc, capture } = read();
    expect(capture.comments.some((c) => c.text.includes('<b>html</b> & "quotes"'))).toBe(true);
    expect(doc.querySelector('article ul b')).toBeNull();
  });

  it('has a composer and reveals late comments and replies with unique ids', () => {
    const { doc } = read();
    expect(doc.querySelector('textarea[aria-label="Add a comment…"]')).not.toBeNull();
    expect(doc.querySelector('button[data-demo-reveal]')?.textContent).toMatch(/View replies \(\d\)/);
    const before = read().capture.comments.length;
    const after = read(true).capture.comments;
    expect(after.length).toBeGreaterThan(before);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
  });
});
