import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import type { PageReading } from '@/utils/sites/types';
import { fixtureUrl, loadFixture } from '../../fixtures/load';

const NOW = Date.parse('2026-11-25T02:00:00Z');
const MIN = 60_000;
const POST1 = 'facebook:pfbid0Lmb7xQ2vTn4Rk9sWc3Hd';

function readEn(): PageReading {
  const reading = facebookAdapter.read(
    loadFixture('facebook-page-en.html'),
    fixtureUrl('facebook-page-en.html'),
    undefined,
    NOW,
  );
  if (!reading) throw new Error('not recognised');
  return reading;
}

describe('facebook-page-en.html', () => {
  const reading = readEn();

  test('page and posts (the loading shell post is not one)', () => {
    expect(reading.page).toEqual({
      id: 'facebook:tehlembayung',
      platform: 'facebook',
      url: 'https://www.facebook.com/tehlembayung',
      name: 'Teh Lembayung',
    });
    expect(reading.posts.map((p) => [p.id, p.text, p.authorName])).toEqual([
      [
        POST1,
        'Es Teh Lembayung is back for the rainy season! Which outlet will you try it at?',
        'Teh Lembayung',
      ],
      ['facebook:555000222', 'Buy one get one every Friday this month.', 'Teh Lembayung'],
    ]);
  });

  // id, author, text, parent, depth, reactions, byPage, minutes ago
  test.each([
    ['facebook:9100000001', 'Rina Kartika', 'Is it available in Bogor yet?', null, 0, 5, false, 120],
    [
      'facebook:9100000002',
      'Teh Lembayung',
      'Yes! Every Bogor outlet has it from today.',
      'facebook:9100000001',
      1,
      2,
      true,
      60,
    ],
    [
      'facebook:9100000003',
      'Rina Kartika',
      'Thanks Teh Lembayung, see you there',
      'facebook:9100000002',
      2,
      0,
      false,
      30,
    ],
    ['facebook:9100000004', 'Dodi Prasetya', 'How much is the large size?', null, 0, 12, false, 3 * 24 * 60],
    ['facebook:9200000001', 'Bima Santoso', 'Does it apply to delivery orders?', null, 0, 0, false, 5],
    [
      'facebook:9200000002',
      'Teh Lembayung',
      'Only for dine-in and takeaway, Kak Bima.',
      'facebook:9200000001',
      1,
      0,
      true,
      1,
    ],
  ] as const)('%s by %s', (id, author, text, parentId, depth, reactions, byPage, minutesAgo) => {
    const comment = reading.comments.find((c) => c.id === id);
    expect(comment).toMatchObject({
      authorName: author,
      text,
      parentId,
      depth,
      reactions,
      byPage,
      provisional: false,
    });
    expect(comment?.createdAt).toBe(NOW - minutesAgo * MIN);
  });

  test('a comment without a permalink yet gets a provisional id from post, author and text', () => {
    const sari = reading.comments.find((c) => c.authorName === 'Sari Wulandari');
    expect(sari).toMatchObject({
      provisional: true,
      text: 'Two for me please 🙏',
      permalink: '',
      createdAt: NOW,
    });
    expect(sari?.id).toMatch(/^facebook:provisional:pfbid0Lmb7xQ2vTn4Rk9sWc3Hd:\w+$/);
    expect(readEn().comments.find((c) => c.authorName === 'Sari Wulandari')?.id).toBe(sari?.id);
  });

  test('composer, reply box and loading shell are not comments', () => {
    expect(reading.comments).toHaveLength(7);
    expect(reading.comments.map((c) => c.authorName)).not.toContain('');
    for (const c of reading.comments)
      expect(c.element.getAttribute('aria-label')).toMatch(/^(Comment|Reply) by /);
  });

  test('author links lose their tracking; the profile link names the author, not the label', () => {
    const urls = reading.comments.map((c) => c.authorUrl);
    expect(urls).toContain('https://www.facebook.com/dodi.prasetya.77');
    expect(urls.filter((u) => u.includes('__cft__') || u.includes('comment_id'))).toEqual([]);
  });

  test('permalinks are the timestamp links', () => {
    expect(reading.comments[1]?.permalink).toBe(
      'https://www.facebook.com/tehlembayung/posts/pfbid0Lmb7xQ2vTn4Rk9sWc3Hd?comment_id=9100000001&reply_comment_id=9100000002',
    );
  });
});

describe('where our UI goes', () => {
  const reading = readEn();
  const byId = (id: string) => reading.comments.find((c) => c.id === id)?.element ?? null;

  test('badge anchor is the comment text, not a reply', () => {
    const rina = byId('facebook:9100000001');
    expect(rina && facebookAdapter.badgeAnchor(rina)?.textContent).toBe('Is it available in Bogor yet?');
  });

  test('summary anchor is the post text', () => {
    const post = reading.posts[0]?.element;
    expect(post && facebookAdapter.summaryAnchor(post)?.getAttribute('data-ad-rendering-role')).toBe(
      'story_message',
    );
  });

  test.each([
    ['facebook:9100000001', 'Reply to Rina Kartika'],
    ['facebook:9100000004', null],
    ['facebook:9100000003', null],
  ])('reply box of %s', (id, label) => {
    const el = byId(id);
    if (!el) throw new Error(id);
    expect(facebookAdapter.replyBox(el)?.getAttribute('aria-label') ?? null).toBe(label);
  });
});
