import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { fixtureUrl, loadFixture } from '../../fixtures/load';

const NOW = Date.parse('2026-11-25T02:00:00Z');
const MIN = 60_000;

describe('facebook-page-id.html (Indonesian interface)', () => {
  const doc = loadFixture('facebook-page-id.html');
  const reading = facebookAdapter.read(doc, fixtureUrl('facebook-page-id.html'), undefined, NOW);

  // id, author, parent, depth, reactions, byPage, minutes ago ("2 h" is two days: hari)
  test.each([
    ['facebook:9400000001', 'Wahyu Nugroho', null, 0, 3, false, 3 * 60],
    ['facebook:9400000002', 'Teh Lembayung', 'facebook:9400000001', 1, 5, true, 2 * 60],
    ['facebook:9400000003', 'Agus Salim', null, 0, 1200, false, 2 * 24 * 60],
    ['facebook:9400000004', 'Lestari Dewi', null, 0, 0, false, 7 * 24 * 60],
  ] as const)('%s by %s', (id, authorName, parentId, depth, reactions, byPage, minutesAgo) => {
    const comment = reading?.comments.find((c) => c.id === id);
    expect(comment).toMatchObject({
      authorName,
      parentId,
      depth,
      reactions,
      byPage,
      postId: 'facebook:555000444',
    });
    expect(comment?.createdAt).toBe(NOW - minutesAgo * MIN);
  });

  test('"Komentari sebagai …" in a [role="article"] is not a comment', () => {
    expect(reading?.comments).toHaveLength(4);
  });

  test('the reply box is "Balas NAME"', () => {
    const wahyu = reading?.comments[0]?.element;
    expect(wahyu && facebookAdapter.replyBox(wahyu)?.getAttribute('aria-label')).toBe('Balas Wahyu Nugroho');
  });
});
