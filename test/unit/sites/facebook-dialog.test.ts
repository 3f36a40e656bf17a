import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { fixtureUrl, loadFixture } from '../../fixtures/load';

const NOW = Date.parse('2026-11-25T02:00:00Z');

describe('facebook-post-dialog.html', () => {
  const name = 'facebook-post-dialog.html';
  const reading = facebookAdapter.read(loadFixture(name), fixtureUrl(name), undefined, NOW);

  test('the dialog post comes first, its id from the URL', () => {
    expect(reading?.posts.map((p) => [p.id, p.element.getAttribute('role')])).toEqual([
      ['facebook:555000333', 'dialog'],
      ['facebook:555000111', null],
    ]);
  });

  test.each([
    ['facebook:9300000001', 'facebook:555000333', null, 0, 'Fajar Hidayat', false],
    ['facebook:9300000002', 'facebook:555000333', 'facebook:9300000001', 1, 'Teh Lembayung', true],
    ['facebook:9300000003', 'facebook:555000333', null, 0, 'Nia Ramadhani', false],
    ['facebook:9100000001', 'facebook:555000111', null, 0, 'Rina Kartika', false],
  ])('%s', (id, postId, parentId, depth, authorName, byPage) => {
    expect(reading?.comments.find((c) => c.id === id)).toMatchObject({
      postId,
      parentId,
      depth,
      authorName,
      byPage,
    });
  });
});
