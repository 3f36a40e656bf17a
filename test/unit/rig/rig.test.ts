import { describe, expect, test } from 'vitest';
import { findChromium, NoChromiumError } from '../../../scripts/rig/find-chromium';
import { staysLocal } from '../../../scripts/rig/network-guard';

describe('findChromium', () => {
  test('prefers CHROMIUM_PATH, then the Debian binary', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({}, () => true)).toBe('/usr/lib/chromium/chromium');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  test('without a browser it says how to install one', () => {
    expect(() => findChromium({}, () => false)).toThrow(NoChromiumError);
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH.*\/nope/);
  });
});

describe('staysLocal', () => {
  test.each([
    ['https://www.facebook.com/kopirindang', true],
    ['https://www.instagram.com/p/abc/', true],
    ['chrome-extension://abc/popup.html', true],
    ['data:text/plain,hi', true],
    ['https://127.0.0.1:8443/x', true],
    ['https://static.xx.fbcdn.net/rsrc.php', false],
    ['https://facebook.com.evil.net/', false],
    ['https://www.google.com/', false],
    ['ftp://www.facebook.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(staysLocal(url)).toBe(expected);
  });
});
