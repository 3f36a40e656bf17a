import { describe, expect, test } from 'vitest';
import { canonicalByUrl, canonicalProfile } from '@/utils/sites/facebook-page';

const BASE = 'https://www.facebook.com/tehlembayung';

describe('canonicalProfile', () => {
  // The hand-cut path for Facebook's own links must agree with the address parser everywhere.
  test.each([
    'https://www.facebook.com/sari.wulandari?comment_id=Y29tbWVudDox&__cft__[0]=AZX',
    'https://www.facebook.com/Sari.Wulandari/?__tn__=R',
    'https://www.facebook.com/tehlembayung#top',
    'https://www.facebook.com/',
    'https://www.facebook.com',
    'https://www.facebook.com/people/Sari-W/100080000000010/',
    'https://www.facebook.com/profile.php?id=100080000000010&__cft__=x',
    'https://www.facebook.com/profile.php?__cft__=x&id=42#c',
    'https://www.facebook.com/profile.php?xid=7&id=42',
    'https://www.facebook.com/profile.php?id=abc&id=42',
    'https://www.facebook.com/profile.php?id=4%32',
    'https://www.facebook.com/profile.php#?id=42',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php/',
    'https://www.facebook.com//double',
    'https://www.facebook.com/a/./b',
    'https://www.facebook.com/a/../b',
    'https://www.facebook.com/.hidden',
    'https://www.facebook.com/caf%C3%A9',
    'https://WWW.facebook.com/Upper',
    'https://m.facebook.com/someone',
    '/relative.name?x=1',
    'profile.php?id=42',
    'https://www.facebook.com/a b',
  ])('%s', (href) => {
    expect(canonicalProfile(href, BASE)).toEqual(canonicalByUrl(href, BASE));
  });

  test('a link without an address has none', () => {
    expect(canonicalProfile(null, BASE)).toEqual({ url: '', key: '' });
    expect(canonicalProfile('', BASE)).toEqual({ url: '', key: '' });
  });
});
