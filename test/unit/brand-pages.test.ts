import { describe, expect, test } from 'vitest';
import { brandIdFromUrl } from '@/utils/brand-pages';

describe('brandIdFromUrl', () => {
  test.each([
    ['https://www.facebook.com/kopirindang', 'facebook:kopirindang'],
    ['https://www.facebook.com/KopiRindang/posts/123', 'facebook:kopirindang'],
    ['https://m.facebook.com/kopirindang?locale=id_ID', 'facebook:kopirindang'],
    ['https://www.facebook.com/profile.php?id=100012345', 'facebook:100012345'],
    ['  https://www.instagram.com/kopi.rindang/  ', 'instagram:kopi.rindang'],
    ['https://www.instagram.com/kopi.rindang/reels/', 'instagram:kopi.rindang'],
  ])('%s → %s', (url, id) => {
    expect(brandIdFromUrl(url)?.id).toBe(id);
  });

  test.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/123',
    'https://www.facebook.com/profile.php',
    'https://www.instagram.com/p/ABC123/',
    'https://www.instagram.com/explore/',
    'http://www.facebook.com/kopirindang',
    'https://facebook.com.evil.net/kopirindang',
    'kopirindang',
    '',
  ])('%s names no brand page', (url) => {
    expect(brandIdFromUrl(url)).toBeNull();
  });
});
