import { describe, expect, test } from 'vitest';
import { instagramAdapter } from '@/utils/sites/instagram';
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
