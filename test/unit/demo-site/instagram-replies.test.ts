import { describe, expect, it } from 'vitest';
import { INSTAGRAM_CODE } from '../../../demo/site/content/instagram-post';
import { DEMO_URLS } from '../../../demo/site/index';
import { instagramAdapter } from '../../../utils/sites/instagram';
import type { FoundComment } from '../../../utils/sites/types';
import { click, commentBy, insertText, type LivePage, livePages, pressEnter, read, skeleton } from './live';

/** Replying as the brand on the demo Instagram post, through the served demo.js in happy-dom. */
const live = livePages();

describe('demo Instagram post: replying as the brand', () => {
  const url = DEMO_URLS.instagram;
  const replyButton = (c: FoundComment) =>
    c.element.querySelector(':scope > .row [data-demo-reply]') as HTMLElement;
  const composer = (page: LivePage) =>
    page.document.querySelector('textarea[aria-label="Add a comment…"]') as HTMLTextAreaElement;
  const postButton = (page: LivePage) =>
    page.document.querySelector('.ig-compose button[type="submit"]') as HTMLButtonElement;

  it('puts "@handle " in the composer, focused, with Post enabled', async () => {
    const page = await live(url);
    const eka = commentBy(read(page, url, instagramAdapter), 'Ready stok di outlet Bintaro');
    expect(postButton(page).disabled).toBe(true);
    expect(replyButton(eka).textContent?.trim()).toBe('Reply');
    click(replyButton(eka));
    const box = composer(page);
    expect(box.value).toBe('@eka.mhrdk ');
    expect(page.document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(box.value.length);
    expect(postButton(page).disabled).toBe(false);
    expect(instagramAdapter.replyBox(eka.element)).toBe(box);
  });

  it('posts on Enter under the comment answered, as the brand, and empties the composer', async () => {
    const page = await live(url);
    const before = read(page, url, instagramAdapter);
    const eka = commentBy(before, 'Ready stok di outlet Bintaro');
    click(replyButton(eka));
    insertText(page, 'Ready kak, semua outlet ya 😊');
    expect(composer(page).value).toBe('@eka.mhrdk Ready kak, semua outlet ya 😊');
    expect(pressEnter(page)).toBe(false);
    const after = read(page, url, instagramAdapter);
    expect(after).toHaveLength(before.length + 1);
    const posted = commentBy(after, '@eka.mhrdk Ready kak');
    expect(posted).toMatchObject({
      id: 'instagram:180419279000001',
      parentId: eka.id,
      depth: 1,
      byPage: true,
      authorName: 'kopirindang',
      authorUrl: 'https://www.instagram.com/kopirindang/',
      text: '@eka.mhrdk Ready kak, semua outlet ya 😊',
      permalink: `https://www.instagram.com/p/${INSTAGRAM_CODE}/c/${eka.id.replace('instagram:', '')}/r/180419279000001/`,
    });
    expect(posted.createdAt).toBeGreaterThan(Date.now() - 60_000);
    expect(posted.element.querySelector('time')?.textContent).toBe('1m');
    expect(posted.element.querySelector('span[dir="auto"] a')?.getAttribute('href')).toBe('/eka.mhrdk/');
    // A thread with no replies before gets a list, and the line that hides it.
    expect(posted.element.parentElement?.matches('ul.replies')).toBe(true);
    expect(posted.element.nextElementSibling?.textContent).toContain('Hide replies');
    expect(composer(page).value).toBe('');
    expect(postButton(page).disabled).toBe(true);
  });

  it('posts with the Post button too, after the replies already shown', async () => {
    const page = await live(url);
    const gita = commentBy(read(page, url, instagramAdapter), 'Tried it this morning');
    click(replyButton(gita));
    insertText(page, 'Makasih kak!');
    click(postButton(page));
    const after = read(page, url, instagramAdapter);
    const posted = commentBy(after, '@gitakiranaa Makasih kak!');
    expect(posted).toMatchObject({ parentId: gita.id, depth: 1, byPage: true });
    const thread = after.filter((c) => c.parentId === gita.id).map((c) => c.text);
    expect(thread.at(-1)).toBe('@gitakiranaa Makasih kak!');
    expect(composer(page).value).toBe('');
  });

  it('is built like the brand replies the post already shows', async () => {
    const page = await live(url);
    const eka = commentBy(read(page, url, instagramAdapter), 'Ready stok di outlet Bintaro');
    click(replyButton(eka));
    insertText(page, 'Ready kak');
    pressEnter(page);
    const byPage = read(page, url, instagramAdapter).filter((c) => c.byPage && c.depth === 1);
    const posted = commentBy(byPage, '@eka.mhrdk Ready kak');
    const rendered = commentBy(byPage, '@bayu.adng Halo Kak Bayu!');
    // Mentions in the text and like counts vary from reply to reply.
    const skip = (el: Element) =>
      el.parentElement?.getAttribute('dir') === 'auto' || el.matches('button._a9ze:not([data-demo-reply])');
    expect(skeleton(posted.element, skip)).toBe(skeleton(rendered.element, skip));
  });

  it('answers a reply in its thread, mentioning its author', async () => {
    const page = await live(url);
    const before = read(page, url, instagramAdapter);
    const citra = commentBy(before, '@dimasarkan @larasanggrn sabtu');
    const laras = commentBy(before, '@citrawlnsr ikut dong');
    click(replyButton(laras));
    expect(composer(page).value).toBe('@larasanggrn ');
    insertText(page, 'ditunggu kak!');
    pressEnter(page);
    expect(commentBy(read(page, url, instagramAdapter), '@larasanggrn ditunggu')).toMatchObject({
      parentId: citra.id,
      depth: 1,
      byPage: true,
    });
  });

  it('keeps replies still hidden behind "View replies" after the new one', async () => {
    const page = await live(url);
    const before = read(page, url, instagramAdapter);
    const kirana = commentBy(before, 'Bisa less sugar gak kak?');
    click(replyButton(kirana));
    insertText(page, 'Bisa kak');
    pressEnter(page);
    click(kirana.element.querySelector('[data-demo-reveal]'));
    await new Promise((resolve) => page.window.setTimeout(resolve, 400));
    const thread = read(page, url, instagramAdapter).filter((c) => c.parentId === kirana.id);
    expect(thread.map((c) => c.text)).toEqual([
      '@kiranapuspita bisa kak, minta gula arennya setengah aja',
      '@kiranapuspita Bisa kak',
      '@nadiakusuma.w oke makasih kak!',
      '@kiranapuspita bisa banget Kak, sampaikan ke barista ya 😊 -Rara',
    ]);
    expect(new Set(thread.map((c) => c.id)).size).toBe(4);
  });

  it('posts a new comment under the caption when no mention of the answered comment is left', async () => {
    const page = await live(url);
    const before = read(page, url, instagramAdapter);
    const eka = commentBy(before, 'Ready stok di outlet Bintaro');
    click(replyButton(eka));
    composer(page).value = '';
    insertText(page, 'Terima kasih semuanya! 💚');
    pressEnter(page);
    insertText(page, 'Satu lagi');
    pressEnter(page);
    const after = read(page, url, instagramAdapter);
    expect(after.slice(0, 2).map((c) => [c.id, c.text, c.depth, c.parentId, c.byPage])).toEqual([
      ['instagram:180419279000002', 'Satu lagi', 0, null, true],
      ['instagram:180419279000001', 'Terima kasih semuanya! 💚', 0, null, true],
    ]);
  });

  it('keeps markup-looking text literal and ignores an empty composer', async () => {
    const page = await live(url);
    const before = read(page, url, instagramAdapter);
    composer(page).focus();
    insertText(page, '   ');
    expect(postButton(page).disabled).toBe(true);
    pressEnter(page);
    expect(read(page, url, instagramAdapter)).toHaveLength(before.length);
    insertText(page, '<b>bold</b> & "quotes"');
    pressEnter(page);
    expect(read(page, url, instagramAdapter)[0]?.text).toBe('<b>bold</b> & "quotes"');
    expect(page.document.querySelector('.ig-comments b')).toBeNull();
  });
});
