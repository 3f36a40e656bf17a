import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { instagramAdapter } from '@/utils/sites/instagram';
import { type PageReading, toCapture } from '@/utils/sites/types';
import {
  appendFacebookComments,
  editText,
  fillPermalink,
  rerender,
  virtualise,
} from '../../fixtures/dom-changes';
import { fixtureUrl, loadFixture } from '../../fixtures/load';

const NOW = Date.parse('2026-11-25T02:00:00Z');
const URL_EN = fixtureUrl('facebook-page-en.html');
const ARTICLES = 8; // 7 comments + the loading shell, each read once

function setup() {
  const doc = loadFixture('facebook-page-en.html');
  const cache = facebookAdapter.createCache();
  const read = (): PageReading => {
    const reading = facebookAdapter.read(doc, URL_EN, cache, NOW);
    if (!reading) throw new Error('not recognised');
    return reading;
  };
  const element = (reading: PageReading, author: string) => {
    const el = reading.comments.find((c) => c.authorName === author)?.element;
    if (!el) throw new Error(author);
    return el;
  };
  return { doc, cache, read, element };
}

describe('incremental Facebook reads', () => {
  test('an unchanged page re-reads from the cache with the same result', () => {
    const { cache, read } = setup();
    const first = read();
    expect(cache.stats).toEqual({ hits: 0, misses: ARTICLES });
    const second = read();
    expect(toCapture(second)).toEqual(toCapture(first));
    expect(cache.stats).toEqual({ hits: ARTICLES, misses: ARTICLES });
    expect(
      toCapture(facebookAdapter.read(loadFixture('facebook-page-en.html'), URL_EN, undefined, NOW)!),
    ).toEqual(toCapture(first));
  });

  test('a permalink filled in late upgrades the provisional id and says which it was', () => {
    const { cache, read, element } = setup();
    const before = read().comments.find((c) => c.authorName === 'Sari Wulandari');
    const sari = element(read(), 'Sari Wulandari');
    fillPermalink(
      sari,
      'https://www.facebook.com/tehlembayung/posts/pfbid0Lmb7xQ2vTn4Rk9sWc3Hd?comment_id=9100000009',
    );
    const missesBefore = cache.stats.misses;
    const after = read().comments.find((c) => c.authorName === 'Sari Wulandari');
    expect(cache.stats.misses - missesBefore).toBe(1);
    expect(after).toMatchObject({ id: 'facebook:9100000009', provisional: false, provisionalId: before?.id });
    // Still known after the thread is re-rendered as fresh nodes.
    rerender(sari);
    expect(read().comments.find((c) => c.authorName === 'Sari Wulandari')?.provisionalId).toBe(before?.id);
  });

  test('a timestamp link that gets its href attribute late is noticed', () => {
    const { read, element } = setup();
    const sari = element(read(), 'Sari Wulandari');
    sari.querySelector('a[href="#"]')?.removeAttribute('href');
    expect(read().comments.find((c) => c.authorName === 'Sari Wulandari')?.provisional).toBe(true);
    fillPermalink(sari, '/tehlembayung/posts/pfbid0Lmb7xQ2vTn4Rk9sWc3Hd?comment_id=9100000009');
    expect(read().comments.find((c) => c.authorName === 'Sari Wulandari')?.id).toBe('facebook:9100000009');
  });

  test('a reaction counter that appears later is counted (new node in the comment)', () => {
    const { doc, read } = setup();
    const bima = read().comments.find((c) => c.id === 'facebook:9200000001')?.element;
    const counter = doc.createElement('div');
    counter.setAttribute('role', 'button');
    counter.append('3');
    bima?.querySelector('ul')?.before(counter);
    expect(read().comments.find((c) => c.id === 'facebook:9200000001')?.reactions).toBe(3);
  });

  test('an edited text is read again', () => {
    const { read, element } = setup();
    editText(element(read(), 'Dodi Prasetya'), 'Never mind, found the price list');
    expect(read().comments.find((c) => c.id === 'facebook:9100000004')?.text).toBe(
      'Never mind, found the price list',
    );
  });

  test('an unchanged comment comes back as the same object; a changed one as a new one', () => {
    const { read, element } = setup();
    const first = read();
    editText(element(first, 'Dodi Prasetya'), 'Never mind, found the price list');
    const second = read();
    const byId = new Map(first.comments.map((c) => [c.id, c]));
    const changed = second.comments.filter((c) => byId.get(c.id) !== c).map((c) => c.id);
    // The annotator skips a comment by identity alone, so only the edited one may differ.
    expect(changed).toEqual(['facebook:9100000004']);
    expect(second.comments.length).toBe(first.comments.length);
  });

  test('a virtualised thread leaves and comes back as new nodes with the same ids', () => {
    const { cache, read, element } = setup();
    const first = read();
    const restore = virtualise(element(first, 'Dodi Prasetya'));
    expect(read().comments.map((c) => c.id)).not.toContain('facebook:9100000004');
    restore();
    const missesBefore = cache.stats.misses;
    const back = read();
    expect(cache.stats.misses - missesBefore).toBe(1);
    expect(toCapture(back)).toEqual(toCapture(first));
  });

  test('comments that load later are added with their replies, already-read ones reused', () => {
    const { doc, cache, read } = setup();
    read();
    appendFacebookComments(doc, 0, [
      {
        id: '9100000010',
        authorName: 'Yudi Hartono',
        authorUrl: 'https://www.facebook.com/profile.php?id=100080000000010',
        text: 'Late <b>comment</b>',
        reactions: 4,
        replies: [
          {
            id: '9100000011',
            authorName: 'Teh Lembayung',
            authorUrl: 'https://www.facebook.com/tehlembayung',
            text: 'Welcome!',
          },
        ],
      },
    ]);
    const hitsBefore = cache.stats.hits;
    const reading = read();
    expect(cache.stats.hits - hitsBefore).toBe(ARTICLES);
    const late = reading.comments.filter((c) => c.authorName === 'Yudi Hartono' || c.text === 'Welcome!');
    expect(late.map((c) => [c.id, c.text, c.parentId, c.depth, c.byPage, c.reactions])).toEqual([
      ['facebook:9100000010', 'Late <b>comment</b>', null, 0, false, 4],
      ['facebook:9100000011', 'Welcome!', 'facebook:9100000010', 1, true, 0],
    ]);
  });

  test('our own badge beside a comment is not read as page content', () => {
    const { doc, cache, read, element } = setup();
    const before = toCapture(read());
    const rina = element(read(), 'Rina Kartika');
    const host = doc.createElement('tanggap-badge');
    host.append(doc.createElement('div'));
    host.firstElementChild?.setAttribute('role', 'button');
    host.firstElementChild?.append('99');
    facebookAdapter.badgeAnchor(rina)?.after(host);
    expect(toCapture(read())).toEqual(before);
    const hits = cache.stats.hits;
    read();
    expect(cache.stats.hits - hits).toBe(ARTICLES);
  });

  test("another adapter's cache is ignored, not misread", () => {
    const reading = facebookAdapter.read(
      loadFixture('facebook-page-en.html'),
      URL_EN,
      instagramAdapter.createCache(),
      NOW,
    );
    expect(reading?.comments).toHaveLength(7);
  });
});
