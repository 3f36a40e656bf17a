import { describe, expect, test } from 'vitest';
import { instagramAdapter } from '@/utils/sites/instagram';
import { toCapture } from '@/utils/sites/types';
import { appendInstagramComments, rerender } from '../../fixtures/dom-changes';
import { fixtureUrl, loadFixture } from '../../fixtures/load';

const P = 'instagram:179000000000000';

describe('instagram-post.html', () => {
  const reading = instagramAdapter.read(
    loadFixture('instagram-post.html'),
    fixtureUrl('instagram-post.html'),
  );

  test('page and post', () => {
    expect(reading?.page).toEqual({
      id: 'instagram:tehlembayung',
      platform: 'instagram',
      url: 'https://www.instagram.com/tehlembayung/',
      name: 'tehlembayung',
    });
    expect(reading?.posts.map((p) => [p.id, p.text, p.element.tagName])).toEqual([
      ['instagram:CtLmb01xYz', 'Es Teh Lembayung is back 🌧️ Which outlet first?', 'ARTICLE'],
    ]);
  });

  // id, author, text, parent, depth, likes, byPage, time
  test.each([
    [`${P}01`, 'rina.kartika', 'Available in Bogor? 😍', null, 0, 12, false, '2026-11-24T22:00:00.000Z'],
    [
      `${P}02`,
      'tehlembayung',
      '@rina.kartika yes, all outlets!',
      `${P}01`,
      1,
      1,
      true,
      '2026-11-24T23:00:00.000Z',
    ],
    [`${P}03`, 'dodi.pras', '@tehlembayung Depok too?', `${P}01`, 1, 0, false, '2026-11-25T00:30:00.000Z'],
    [`${P}04`, 'sari.wulan', 'Mau 2 kak', null, 0, 1204, false, '2026-11-25T01:00:00.000Z'],
  ] as const)('%s by %s', (id, authorName, text, parentId, depth, reactions, byPage, time) => {
    expect(reading?.comments.find((c) => c.id === id)).toMatchObject({
      authorName,
      text,
      parentId,
      depth,
      reactions,
      byPage,
      createdAt: Date.parse(time),
      provisional: false,
    });
  });

  test('the caption, "View replies" and "Load more" rows are not comments', () => {
    expect(reading?.comments).toHaveLength(4);
  });

  test('badge after the text, summary after the caption, reply box is the post composer', () => {
    const first = reading?.comments[0]?.element;
    const post = reading?.posts[0]?.element;
    if (!first || !post) throw new Error('not read');
    expect(instagramAdapter.badgeAnchor(first)?.textContent).toBe('Available in Bogor? 😍');
    expect(instagramAdapter.summaryAnchor(post)?.tagName).toBe('H1');
    expect(instagramAdapter.replyBox(first)?.getAttribute('aria-label')).toBe('Add a comment…');
  });
});

describe('incremental Instagram reads', () => {
  test('re-read reuses items; new and re-rendered items are read', () => {
    const doc = loadFixture('instagram-post.html');
    const url = fixtureUrl('instagram-post.html');
    const cache = instagramAdapter.createCache();
    const first = instagramAdapter.read(doc, url, cache);
    expect(toCapture(instagramAdapter.read(doc, url, cache)!)).toEqual(toCapture(first!));
    expect(cache.stats).toEqual({ hits: 4, misses: 4 });
    appendInstagramComments(doc, [
      {
        id: '17900000000000005',
        handle: 'nia.r',
        text: 'Late one',
        datetime: '2026-11-25T01:30:00.000Z',
        likes: 3,
      },
    ]);
    const firstItem = first?.comments[0]?.element;
    if (firstItem) rerender(firstItem);
    const third = instagramAdapter.read(doc, url, cache);
    expect(cache.stats).toEqual({ hits: 4 + 1, misses: 4 + 4 });
    expect(third?.comments.map((c) => [c.id, c.depth])).toEqual([
      ['instagram:17900000000000001', 0],
      ['instagram:17900000000000002', 1],
      ['instagram:17900000000000003', 1],
      ['instagram:17900000000000004', 0],
      ['instagram:17900000000000005', 0],
    ]);
  });
});

describe('the post dialog layout', () => {
  // SITES.md: "in the post dialog `[role="dialog"] article ul > div`"; author in h2 there.
  const html = `<div role="dialog"><article><header><a href="/tehlembayung/">tehlembayung</a></header>
<ul><div><h2><a href="/rina.kartika/">rina.kartika</a></h2><span dir="auto">Hello!</span>
<a href="/p/CtLmb01xYz/c/17900000000000001/"><time datetime="2026-11-24T22:00:00.000Z">4h</time></a>
<ul><div><h2><a href="/tehlembayung/">tehlembayung</a></h2><span dir="auto">Hi Rina</span>
<a href="/p/CtLmb01xYz/c/17900000000000001/r/17900000000000002/"><time datetime="2026-11-24T23:00:00.000Z">3h</time></a></div></ul>
</div></ul></article></div>`;

  test('items are `ul > div`, replies nested one level down', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const reading = instagramAdapter.read(doc, new URL('https://www.instagram.com/tehlembayung/'));
    expect(reading?.comments.map((c) => [c.id, c.authorName, c.text, c.parentId, c.depth, c.byPage])).toEqual(
      [
        ['instagram:17900000000000001', 'rina.kartika', 'Hello!', null, 0, false],
        ['instagram:17900000000000002', 'tehlembayung', 'Hi Rina', 'instagram:17900000000000001', 1, true],
      ],
    );
  });
});
