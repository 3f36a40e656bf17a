import { describe, expect, test } from 'vitest';
import { facebookAdapter } from '@/utils/sites/facebook';
import { instagramAdapter } from '@/utils/sites/instagram';
import { type PageReading, type SiteAdapter, toCapture } from '@/utils/sites/types';
import { facebookCommentHtml } from '../../fixtures/comment-html';
import {
  appendFacebookComments,
  appendInstagramComments,
  editText,
  fillPermalink,
  nodesFrom,
  rerender,
  virtualise,
} from '../../fixtures/dom-changes';
import { type FixtureName, fixtureUrl, loadFixture } from '../../fixtures/load';

const NOW = Date.parse('2026-11-25T02:00:00Z');
/** What the content script observes (entrypoints/content/tanggap.ts). */
const OBSERVED = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['href'],
};

/** A reading without provisionalId: a fresh cache never saw the provisional ids it upgrades. */
const plain = (reading: PageReading) =>
  toCapture(reading).comments.map(({ provisionalId: _, ...comment }) => comment);

/**
 * The content script's loop in small: a cache told of every mutation since its last read, checked
 * on every read against a cache that is not told (the signature path) and a fresh full read.
 */
function rig(adapter: SiteAdapter, fixture: FixtureName) {
  const doc = loadFixture(fixture);
  const url = fixtureUrl(fixture);
  const told = adapter.createCache();
  const checked = adapter.createCache();
  const pending: MutationRecord[] = [];
  const observer = new MutationObserver((records) => pending.push(...records));
  observer.observe(doc.body, OBSERVED);
  const read = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    told.noteMutations([...pending.splice(0), ...observer.takeRecords()]);
    const { hits, misses } = told.stats;
    const reading = adapter.read(doc, url, told, NOW);
    if (!reading) throw new Error('not recognised');
    const work = { hits: told.stats.hits - hits, misses: told.stats.misses - misses };
    const reference = adapter.read(doc, url, checked, NOW);
    expect(toCapture(reading)).toEqual(toCapture(reference!));
    expect(reading.comments.map((c) => c.element)).toEqual(reference?.comments.map((c) => c.element));
    expect(plain(reading)).toEqual(plain(adapter.read(doc, url, adapter.createCache(), NOW)!));
    return { reading, work };
  };
  const find = (reading: PageReading, author: string) => {
    const el = reading.comments.find((c) => c.authorName === author)?.element;
    if (!el) throw new Error(author);
    return el;
  };
  return { doc, read, find };
}

const ARTICLES = 8; // 7 comments + the loading shell

describe('Facebook reads told what changed', () => {
  test('nothing changed: every article reused, none walked', async () => {
    const { read } = rig(facebookAdapter, 'facebook-page-en.html');
    expect((await read()).work).toEqual({ hits: 0, misses: ARTICLES });
    expect((await read()).work).toEqual({ hits: ARTICLES, misses: 0 });
  });

  test('appended comments and their replies are the only ones read', async () => {
    const { doc, read } = rig(facebookAdapter, 'facebook-page-en.html');
    await read();
    appendFacebookComments(doc, 0, [
      {
        id: '9100000010',
        authorName: 'Yudi Hartono',
        authorUrl: 'https://www.facebook.com/profile.php?id=100080000000010',
        text: 'Late comment',
        replies: [
          {
            id: '9100000011',
            authorName: 'Teh Lembayung',
            authorUrl: 'https://www.facebook.com/tehlembayung',
            text: 'Hi',
          },
        ],
      },
    ]);
    const { reading, work } = await read();
    expect(work).toEqual({ hits: ARTICLES, misses: 2 });
    const reply = reading.comments.find((c) => c.id === 'facebook:9100000011');
    expect(reply).toMatchObject({ parentId: 'facebook:9100000010', depth: 1, byPage: true });
  });

  test('a reply added inside a thread gets its parent and depth; the thread is re-read', async () => {
    const { doc, read, find } = rig(facebookAdapter, 'facebook-page-en.html');
    const dodi = find((await read()).reading, 'Dodi Prasetya');
    const parent = {
      id: 'Y29tbWVudDo1NTUwMDAxMTFfOTEwMDAwMDAwNA',
      authorName: 'Dodi Prasetya',
      authorUrl: '',
      text: '',
    };
    const html = facebookCommentHtml(
      {
        id: '9100000012',
        authorName: 'Teh Lembayung',
        authorUrl: 'https://www.facebook.com/tehlembayung',
        text: 'Rp 35k',
      },
      parent,
    );
    dodi.append(...nodesFrom(doc, html));
    const { reading, work } = await read();
    expect(work).toEqual({ hits: ARTICLES - 1, misses: 2 });
    expect(reading.comments.find((c) => c.id === 'facebook:9100000012')).toMatchObject({
      parentId: 'facebook:9100000004',
      depth: 1,
      byPage: true,
    });
  });

  test('a late permalink upgrades the provisional id, also after a re-render', async () => {
    const { read, find } = rig(facebookAdapter, 'facebook-page-en.html');
    const first = await read();
    const before = first.reading.comments.find((c) => c.authorName === 'Sari Wulandari');
    const href =
      'https://www.facebook.com/tehlembayung/posts/pfbid0Lmb7xQ2vTn4Rk9sWc3Hd?comment_id=9100000009';
    fillPermalink(find(first.reading, 'Sari Wulandari'), href);
    const { reading, work } = await read();
    expect(work).toEqual({ hits: ARTICLES - 1, misses: 1 });
    const after = reading.comments.find((c) => c.authorName === 'Sari Wulandari');
    expect(after).toMatchObject({ id: 'facebook:9100000009', provisional: false, provisionalId: before?.id });
    rerender(find(reading, 'Sari Wulandari'));
    const again = await read();
    expect(again.work).toEqual({ hits: ARTICLES - 1, misses: 1 });
    expect(again.reading.comments.find((c) => c.authorName === 'Sari Wulandari')?.provisionalId).toBe(
      before?.id,
    );
  });

  test('edits: new text content, and a text node changed in place', async () => {
    const { read, find } = rig(facebookAdapter, 'facebook-page-en.html');
    const first = await read();
    editText(find(first.reading, 'Dodi Prasetya'), 'Never mind, found the price list');
    expect((await read()).work).toEqual({ hits: ARTICLES - 1, misses: 1 });
    const text = find(first.reading, 'Bima Santoso').querySelector('div[dir="auto"]')?.firstChild;
    if (!text || text.nodeType !== 3) throw new Error('no text node');
    (text as Text).data = 'Does it apply to GoFood orders?';
    const { reading, work } = await read();
    expect(work).toEqual({ hits: ARTICLES - 1, misses: 1 });
    expect(reading.comments.find((c) => c.id === 'facebook:9200000001')?.text).toBe(
      'Does it apply to GoFood orders?',
    );
  });

  test('a virtualised thread leaves, then returns as new nodes', async () => {
    const { read, find } = rig(facebookAdapter, 'facebook-page-en.html');
    const first = await read();
    const restore = virtualise(find(first.reading, 'Rina Kartika'));
    const gone = await read();
    expect(gone.reading.comments.map((c) => c.id)).not.toContain('facebook:9100000001');
    expect(gone.work.misses).toBe(0);
    restore();
    const back = await read();
    expect(back.work).toEqual({ hits: ARTICLES - 3, misses: 3 });
    expect(toCapture(back.reading)).toEqual(toCapture(first.reading));
  });

  test('a reaction counter added later, and a post opened in a dialog', async () => {
    const { doc, read } = rig(facebookAdapter, 'facebook-page-en.html');
    const bima = (await read()).reading.comments.find((c) => c.id === 'facebook:9200000001')?.element;
    const counter = doc.createElement('div');
    counter.setAttribute('role', 'button');
    counter.append('3');
    bima?.querySelector('ul')?.before(counter);
    expect((await read()).reading.comments.find((c) => c.id === 'facebook:9200000001')?.reactions).toBe(3);
    const dialog = doc.querySelector('[aria-posinset="1"]')?.cloneNode(true) as Element;
    dialog.removeAttribute('aria-posinset');
    dialog.setAttribute('role', 'dialog');
    doc.body.append(dialog);
    const { reading } = await read();
    expect(reading.posts[0]?.element).toBe(dialog);
  });
});

describe('Instagram reads told what changed', () => {
  test('appended items, an edit and a re-render read only what changed', async () => {
    const { doc, read, find } = rig(instagramAdapter, 'instagram-post.html');
    const first = await read();
    expect((await read()).work).toEqual({ hits: 4, misses: 0 });
    appendInstagramComments(doc, [
      { id: '17900000000000005', handle: 'nia.r', text: 'Late one', datetime: '2026-11-25T01:30:00.000Z' },
    ]);
    expect((await read()).work).toEqual({ hits: 4, misses: 1 });
    const item = first.reading.comments[1]?.element;
    if (!item) throw new Error('no reply');
    editText(item, 'Edited reply');
    const edited = await read();
    expect(edited.work).toEqual({ hits: 4, misses: 1 });
    expect(edited.reading.comments[1]?.text).toBe('Edited reply');
    rerender(find(edited.reading, first.reading.comments[0]?.authorName ?? ''));
    expect((await read()).work.misses).toBe(3);
  });
});
