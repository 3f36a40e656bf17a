import { describe, expect, it } from 'vitest';
import { DEMO_URLS } from '../../../demo/site/index';
import { facebookAdapter } from '../../../utils/sites/facebook';
import type { FoundComment } from '../../../utils/sites/types';
import { NOW } from './helpers';
import { click, commentBy, insertText, livePages, pressEnter, read, skeleton } from './live';

/** Replying as the page on the demo Facebook page, through the served demo.js in happy-dom. */
const live = livePages();

describe('demo Facebook page: replying as the page', () => {
  const url = DEMO_URLS.facebook;
  const replyButton = (c: FoundComment) =>
    c.element.querySelector(':scope > .cmt-row [data-demo-reply]') as HTMLElement;
  const composers = (c: FoundComment) =>
    c.element.querySelectorAll(':scope > .replies > .composer-reply [role="textbox"]');

  it('opens the thread composer after its replies, once, and focuses it', async () => {
    const page = await live(url);
    const before = read(page, url, facebookAdapter);
    const ayu = commentBy(before, 'Wahh akhirnya');
    expect(facebookAdapter.replyBox(ayu.element)).toBeNull();
    expect(replyButton(ayu).textContent).toBe('Reply');
    click(replyButton(ayu));
    const box = facebookAdapter.replyBox(ayu.element);
    expect(box?.getAttribute('aria-label')).toBe('Reply to Ayu Pramesthi');
    expect(box?.matches('div[contenteditable="true"][role="textbox"]')).toBe(true);
    expect(page.document.activeElement).toBe(box);
    // After the thread's replies, inside its replies container.
    const replies = ayu.element.querySelector(':scope > .replies');
    expect(replies?.lastElementChild?.contains(box ?? null)).toBe(true);
    expect(replies?.querySelectorAll(':scope > [role="article"]')).toHaveLength(2);
    click(replyButton(ayu));
    expect(composers(ayu)).toHaveLength(1);
    // The composer is not a comment.
    expect(read(page, url, facebookAdapter)).toHaveLength(before.length);
  });

  it('gives a comment without replies a replies container', async () => {
    const page = await live(url);
    const bayu = commentBy(read(page, url, facebookAdapter), 'Udh coba tadi pagi');
    expect(bayu.element.querySelector('.replies')).toBeNull();
    click(replyButton(bayu));
    expect(bayu.element.lastElementChild?.matches('.replies')).toBe(true);
    expect(facebookAdapter.replyBox(bayu.element)?.getAttribute('aria-label')).toBe(
      'Reply to Bayu Adinegoro',
    );
  });

  it('keeps and focuses a composer the thread already shows, built like the new ones', async () => {
    const page = await live(url);
    const comments = read(page, url, facebookAdapter);
    const eka = commentBy(comments, 'Ready di outlet Depok');
    const shown = facebookAdapter.replyBox(eka.element);
    click(replyButton(eka));
    expect(composers(eka)).toHaveLength(1);
    expect(page.document.activeElement).toBe(shown);
    const bayu = commentBy(comments, 'Udh coba tadi pagi');
    click(replyButton(bayu));
    const made = bayu.element.querySelector('.composer-reply');
    const rendered = eka.element.querySelector('.composer-reply');
    if (!made || !rendered) throw new Error('no composer');
    expect(skeleton(made, () => false)).toBe(skeleton(rendered, () => false));
  });

  it('posts inserted text on Enter as the page, under the thread, and empties the composer', async () => {
    const page = await live(url);
    const before = read(page, url, facebookAdapter);
    const ayu = commentBy(before, 'Wahh akhirnya');
    click(replyButton(ayu));
    insertText(page, 'Sama-sama Kak Ayu, ditunggu ya!');
    expect(pressEnter(page)).toBe(false); // Enter is the page's, not a new line
    const after = read(page, url, facebookAdapter);
    expect(after).toHaveLength(before.length + 1);
    const posted = commentBy(after, 'Sama-sama Kak Ayu');
    expect(posted).toMatchObject({
      id: 'facebook:118430959000001',
      parentId: ayu.id,
      depth: 1,
      byPage: true,
      provisional: false,
      authorName: 'Kopi Rindang',
      authorUrl: 'https://www.facebook.com/kopirindang',
      text: 'Sama-sama Kak Ayu, ditunggu ya!',
      postId: ayu.postId,
      createdAt: NOW - 60_000,
    });
    expect(posted.element.getAttribute('aria-label')).toBe(
      "Reply by Kopi Rindang to Ayu Pramesthi's comment a minute ago",
    );
    const permalink = new URL(posted.permalink);
    expect(permalink.searchParams.get('comment_id')).toBe(ayu.id.replace('facebook:', ''));
    expect(permalink.searchParams.get('reply_comment_id')).toBe('118430959000001');
    expect(posted.element.querySelector('a[href*="reply_comment_id="]')?.textContent).toBe('1m');
    // Last among the replies, the composer after it, empty and still focused.
    const box = facebookAdapter.replyBox(ayu.element);
    expect(box?.closest('.composer-reply')?.previousElementSibling).toBe(posted.element);
    expect(box?.textContent).toBe('');
    expect(box?.querySelector('p > br')).not.toBeNull();
    expect(page.document.activeElement).toBe(box);
  });

  it('is built like the replies the page already shows', async () => {
    const page = await live(url);
    const ayu = commentBy(read(page, url, facebookAdapter), 'Wahh akhirnya');
    click(replyButton(ayu));
    insertText(page, 'Terima kasih!');
    pressEnter(page);
    const byPage = read(page, url, facebookAdapter).filter((c) => c.byPage);
    const posted = commentBy(byPage, 'Terima kasih!');
    const rendered = commentBy(byPage, 'Halo Kak Ayu!');
    // Text contents (mentions) and reaction counts vary from reply to reply.
    const skip = (el: Element) => el.matches('.react') || el.parentElement?.getAttribute('dir') === 'auto';
    expect(skeleton(posted.element, skip)).toBe(skeleton(rendered.element, skip));
  });

  it('posts nothing for an empty composer or Shift+Enter, and numbers each reply anew', async () => {
    const page = await live(url);
    const before = read(page, url, facebookAdapter);
    const bayu = commentBy(before, 'Udh coba tadi pagi');
    click(replyButton(bayu));
    insertText(page, '   ');
    pressEnter(page);
    expect(read(page, url, facebookAdapter)).toHaveLength(before.length);
    insertText(page, 'Makasih kak');
    expect(pressEnter(page, { shiftKey: true })).toBe(true); // left to the editor: a line break
    expect(read(page, url, facebookAdapter)).toHaveLength(before.length);
    pressEnter(page);
    insertText(page, 'Ditunggu lagi ya');
    pressEnter(page);
    const posted = read(page, url, facebookAdapter).filter((c) => c.parentId === bayu.id);
    expect(posted.map((c) => [c.id, c.text])).toEqual([
      ['facebook:118430959000001', 'Makasih kak'],
      ['facebook:118430959000002', 'Ditunggu lagi ya'],
    ]);
  });

  it('keeps markup-looking text literal', async () => {
    const page = await live(url);
    const bayu = commentBy(read(page, url, facebookAdapter), 'Udh coba tadi pagi');
    click(replyButton(bayu));
    insertText(page, '<b>bold</b> & "quotes" <img src=x onerror=alert(1)>');
    pressEnter(page);
    const posted = read(page, url, facebookAdapter).find((c) => c.parentId === bayu.id);
    expect(posted?.text).toBe('<b>bold</b> & "quotes" <img src=x onerror=alert(1)>');
    expect(bayu.element.querySelector('b, img')).toBeNull();
  });

  it('answers a reply in its thread, starting with a mention of the person answered', async () => {
    const page = await live(url);
    const before = read(page, url, facebookAdapter);
    const citra = commentBy(before, 'Dimas Arkananta ini yg aku bilang');
    const dimas = commentBy(before, 'Gaskeun wkwk');
    expect(dimas.parentId).toBe(citra.id);
    click(replyButton(dimas));
    const box = facebookAdapter.replyBox(citra.element);
    expect(box?.getAttribute('aria-label')).toBe('Reply to Citra Wulansari');
    expect(page.document.activeElement).toBe(box);
    expect(box?.textContent?.trim()).toBe('Dimas Arkananta');
    insertText(page, 'ditunggu Sabtu ya!');
    pressEnter(page);
    const posted = commentBy(read(page, url, facebookAdapter), 'Dimas Arkananta ditunggu');
    expect(posted).toMatchObject({ parentId: citra.id, depth: 1, byPage: true });
    expect(posted.text).toBe('Dimas Arkananta ditunggu Sabtu ya!');
    const mention = posted.element.querySelector('[dir="auto"] a.mention');
    expect(mention?.getAttribute('href')).toBe(dimas.authorUrl);
    // A reply by the thread's own author or by the page starts with no mention.
    click(replyButton(posted));
    expect(box?.textContent).toBe('');
  });

  it('replies under base64-numbered comments and in permalink.php posts', async () => {
    const page = await live(url);
    const comments = read(page, url, facebookAdapter);
    const hana = commentBy(comments, 'Review jujur: udah 3x beli');
    const made = commentBy(comments, 'Finally in Bandung!!');
    for (const [comment, text] of [
      [hana, 'Noted kak, sedotannya kami ganti'],
      [made, 'Yes, there is paid parking nearby!'],
    ] as const) {
      click(replyButton(comment));
      insertText(page, text);
      pressEnter(page);
    }
    const after = read(page, url, facebookAdapter);
    expect(commentBy(after, 'Noted kak')).toMatchObject({ parentId: hana.id, byPage: true, depth: 1 });
    const bandung = commentBy(after, 'Yes, there is paid');
    expect(bandung).toMatchObject({ parentId: made.id, byPage: true, depth: 1, postId: made.postId });
    expect(bandung.permalink).toMatch(
      /\/permalink\.php\?story_fbid=\d+&id=\d+&comment_id=\d+&reply_comment_id=\d+$/,
    );
  });

  it('replies to comments that arrived late', async () => {
    const page = await live(url);
    click(page.document.querySelector('[data-demo-reveal]'));
    await new Promise((resolve) => page.window.setTimeout(resolve, 400));
    const wulan = commentBy(read(page, url, facebookAdapter), 'Min, bisa pesan lewat GoFood');
    click(replyButton(wulan));
    insertText(page, 'Bisa kak!');
    pressEnter(page);
    expect(commentBy(read(page, url, facebookAdapter), 'Bisa kak!').parentId).toBe(wulan.id);
  });

  it('speaks Indonesian in the Indonesian interface', async () => {
    const idUrl = DEMO_URLS.facebookId;
    const page = await live(idUrl);
    const ayu = commentBy(read(page, idUrl, facebookAdapter), 'Wahh akhirnya');
    expect(replyButton(ayu).textContent).toBe('Balas');
    click(replyButton(ayu));
    expect(facebookAdapter.replyBox(ayu.element)?.getAttribute('aria-label')).toBe('Balas Ayu Pramesthi');
    insertText(page, 'Sama-sama kak');
    pressEnter(page);
    const posted = commentBy(read(page, idUrl, facebookAdapter), 'Sama-sama kak');
    expect(posted).toMatchObject({ parentId: ayu.id, byPage: true, depth: 1, createdAt: NOW - 60_000 });
    expect(posted.element.getAttribute('aria-label')).toBe(
      'Balasan dari Kopi Rindang untuk komentar Ayu Pramesthi 1 menit yang lalu',
    );
    expect(posted.element.querySelector('.badge')?.textContent).toBe('Penulis');
    expect(posted.element.querySelector('a[href*="reply_comment_id="]')?.textContent).toBe('1 mnt');
  });
});
