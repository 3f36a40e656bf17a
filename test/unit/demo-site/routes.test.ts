import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../../demo/site/html';
import { DEMO_URLS, renderDemo } from '../../../demo/site/index';
import { facebookLong, facebookShort } from '../../../demo/site/time';
import { load, NOW } from './helpers';

describe('demo routes', () => {
  it.each([
    [DEMO_URLS.facebook, 'text/html'],
    [DEMO_URLS.facebookId, 'text/html'],
    [DEMO_URLS.instagram, 'text/html'],
    ['https://www.instagram.com/kopirindang/', 'text/html'],
    ['https://www.facebook.com/demo-assets/facebook.css', 'text/css'],
    ['https://www.instagram.com/demo-assets/instagram.css', 'text/css'],
    ['https://www.facebook.com/demo-assets/demo.js', 'text/javascript'],
  ])('serves %s', (url, type) => {
    const response = renderDemo(new URL(url), NOW);
    expect(response?.status).toBe(200);
    expect(response?.contentType).toContain(type);
  });

  it.each([
    'https://www.facebook.com/favicon.ico',
    'https://www.instagram.com/favicon.ico',
    'https://www.facebook.com/someoneelse',
    'https://www.facebook.com/',
    'https://www.instagram.com/p/unknown/',
    'https://www.instagram.com/nobody/',
    'https://example.com/kopirindang',
  ])('answers %s with null', (url) => {
    expect(renderDemo(new URL(url), NOW)).toBeNull();
  });

  it('links the profile grid to the post and uses no inline script or external resource', () => {
    const profile = load('https://www.instagram.com/kopirindang/');
    expect(profile.querySelector(`a[href="${new URL(DEMO_URLS.instagram).pathname}"]`)).not.toBeNull();
    for (const url of [DEMO_URLS.facebook, DEMO_URLS.instagram, 'https://www.instagram.com/kopirindang/']) {
      const doc = load(url);
      for (const script of doc.querySelectorAll('script'))
        expect(script.getAttribute('src')).toMatch(/^\/demo-assets\//);
      for (const el of doc.querySelectorAll('[src], link[href]')) {
        expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^\//);
      }
    }
  });
});

describe('demo helpers', () => {
  it('escapes interpolations but not the template', () => {
    expect(escapeHtml(`<b>"x" & 'y'</b>`)).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    expect(html`<i title="${'"'}">${'<b>'}</i>`.value).toBe('<i title="&quot;">&lt;b&gt;</i>');
  });

  it.each([
    [5, 'en', '5m', '5 minutes ago'],
    [60, 'en', '1h', 'an hour ago'],
    [190, 'id', '3 j', '3 jam yang lalu'],
    [1560, 'id', '1 h', '1 hari yang lalu'],
    [10080, 'en', '1w', 'a week ago'],
  ] as const)('formats %i minutes (%s)', (minutes, locale, short, long) => {
    expect(facebookShort(minutes, locale)).toBe(short);
    expect(facebookLong(minutes, locale)).toBe(long);
  });
});
