import { describe, expect, test } from 'vitest';
import { parseCount } from '@/utils/sites/dom';
import { commentIdsFromPermalink, decodeFacebookId, postIdFromPermalink } from '@/utils/sites/facebook-ids';
import { classifyLabel, reactionsFromLabel } from '@/utils/sites/facebook-labels';
import { INSTAGRAM_LIKES } from '@/utils/sites/instagram-selectors';
import { parseLongAge, parseShortAge } from '@/utils/sites/relative-time';

const BASE = 'https://www.facebook.com/tehlembayung';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('Facebook comment ids', () => {
  test.each([
    ['9100000001', { commentId: '9100000001', postId: null }],
    ['Y29tbWVudDo1NTUwMDAxMTFfOTEwMDAwMDAwMw==', { commentId: '9100000003', postId: '555000111' }],
    ['Y29tbWVudDo1NTUwMDAxMTFfOTEwMDAwMDAwMw%3D%3D', { commentId: '9100000003', postId: '555000111' }],
    ['Y29tbWVudDo1NTUwMDAxMTFfOTEwMDAwMDAwMw', { commentId: '9100000003', postId: '555000111' }],
    ['bm90IGEgY29tbWVudA==', null], // "not a comment"
    ['%%%', null],
  ])('decode %s', (raw, expected) => {
    expect(decodeFacebookId(raw)).toEqual(expected);
  });

  test.each([
    ['?comment_id=9100000001', '9100000001'],
    ['?comment_id=9100000001&reply_comment_id=9100000002', '9100000002'],
    ['?comment_id=Y29tbWVudDo1NTUwMDAxMTFfOTEwMDAwMDAwNA%253D%253D', '9100000004'],
    ['/permalink.php?story_fbid=555000222&id=1&comment_id=9200000001', '9200000001'],
    ['/tehlembayung/posts/555000111', undefined],
  ])('comment id of %s', (href, expected) => {
    expect(commentIdsFromPermalink(href, BASE)?.commentId).toBe(expected);
  });

  test.each([
    ['/tehlembayung/posts/pfbid0Lmb7xQ2v', 'pfbid0Lmb7xQ2v'],
    ['/permalink.php?story_fbid=555000222&id=1', '555000222'],
    ['/tehlembayung', null],
  ])('post id of %s', (href, expected) => {
    expect(postIdFromPermalink(href, BASE)).toBe(expected);
  });
});

describe('Facebook labels', () => {
  test.each([
    ['Comment by Sinta Dewi 3 minutes ago', 'comment', 'en'],
    ["Reply by Sinta Dewi to Budi's comment a day ago", 'reply', 'en'],
    ['Comment as Teh Lembayung', 'composer', 'en'],
    ['Komentar oleh Sinta Dewi 3 menit yang lalu', 'comment', 'id'],
    ['Balasan dari Sinta Dewi untuk komentar Budi 3 jam yang lalu', 'reply', 'id'],
    ['Komentari sebagai Teh Lembayung', 'composer', 'id'],
  ])('%s', (label, kind, language) => {
    expect(classifyLabel(label)).toEqual({ kind, language });
  });

  test.each([
    ['12 reactions; see who reacted to this', '12'],
    ['1 reaction; see who reacted to this', '1'],
    ['1,2 rb reaksi; lihat siapa yang bereaksi terhadap ini', '1,2 rb'],
    ['Like', null],
  ])('reactions in %s', (label, expected) => {
    expect(reactionsFromLabel(label)).toBe(expected);
  });
});

describe('relative times', () => {
  test.each([
    ['2h', 'en', 2 * HOUR],
    ['45m', 'en', 45 * MIN],
    ['3d', 'en', 3 * DAY],
    ['1w', 'en', 7 * DAY],
    ['Just now', 'en', 0],
    ['3 j', 'id', 3 * HOUR],
    ['2 h', 'id', 2 * DAY], // hari, not hours
    ['1 mgg', 'id', 7 * DAY],
    ['5 mnt', 'id', 5 * MIN],
    ['Reply', 'en', null],
    ['Rina Kartika', 'en', null],
  ] as const)('short %s (%s)', (text, language, expected) => {
    expect(parseShortAge(text, language)).toBe(expected);
  });

  test.each([
    ['Comment by Rina 3 hours ago', 'en', 3 * HOUR],
    ['Comment by Rina an hour ago', 'en', HOUR],
    ['Comment by Rina a day ago', 'en', DAY],
    ['Komentar oleh Rina 3 jam yang lalu', 'id', 3 * HOUR],
    ['Komentar oleh Rina 2 minggu yang lalu', 'id', 14 * DAY],
    ['Comment by Rina', 'en', null],
  ] as const)('long %s', (label, language, expected) => {
    expect(parseLongAge(label, language)).toBe(expected);
  });
});

describe('counts', () => {
  test.each([
    ['12', 12],
    ['1,204', 1204],
    ['1.2K', 1200],
    ['1,2 rb', 1200],
    ['3 jt', 3_000_000],
    ['Like', null],
  ])('%s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  test.each([
    ['12 likes', '12'],
    ['1 like', '1'],
    ['12 suka', '12'],
    ['Reply', undefined],
  ])('Instagram %s', (text, expected) => {
    expect(INSTAGRAM_LIKES.exec(text)?.[1]).toBe(expected);
  });
});
