import { avatar } from '../avatar';
import { BRAND } from '../content/brand';
import { instagramComments, instagramPost } from '../content/instagram-post';
import { numberComments } from '../content/numbering';
import { initialsOf } from '../content/people';
import type { InstagramDemoData } from '../demo-data';
import { documentShell } from '../document';
import { html, type Html } from '../html';
import { instagramShort, isoAt, longDate } from '../time';
import { instagramNav } from './chrome';
import { renderInstagramComment } from './comment';
import { icons } from './icons';

/** Instagram comment ids are long numbers, all from one sequence. */
const ID_PREFIX = '180419273';
/** What the brand posts on the demo page: a prefix no rendered comment has. */
const POSTED_ID_PREFIX = '180419279';

/** What demo.js needs to put the brand's replies under comments. */
function demoData(): InstagramDemoData {
  return {
    site: 'instagram',
    handle: BRAND.handle,
    initials: initialsOf(BRAND.name),
    code: instagramPost.code,
    labels: { justNow: instagramShort(0), reply: 'Reply', verified: 'Verified', hideReplies: 'Hide replies' },
    replyIdPrefix: POSTED_ID_PREFIX,
  };
}

function caption(now: number): Html {
  const { code, minutesAgo } = instagramPost;
  return html`<li class="_a9zj _a9zl caption">
    <div class="x78zum5 _a9zm row">
      <a class="av-link" href="/${BRAND.handle}/" tabindex="-1" aria-hidden="true"
        >${avatar(BRAND.name, 'md', true)}</a
      >
      <div class="_a9zr body">
        <h2 class="_a9zc"><a class="x1i10hfl" href="/${BRAND.handle}/" role="link">${BRAND.handle}</a></h2>
        <h1 class="_ap3a _aaco" dir="auto">${instagramPost.caption}</h1>
        <div class="meta">
          <a href="/p/${code}/" role="link"
            ><time datetime="${isoAt(now, minutesAgo)}" title="${longDate(now, minutesAgo)}"
              >${Math.floor(minutesAgo / 60)}h</time
            ></a
          >
        </div>
      </div>
    </div>
  </li>`;
}

function side(now: number): Html {
  const { code } = instagramPost;
  const comments = numberComments(instagramComments, ID_PREFIX);
  const late = comments.filter((c) => c.late);
  return html`<div class="x1iyjqo2 side">
    <header class="ig-head">
      <a class="av-link" href="/${BRAND.handle}/" tabindex="-1">${avatar(BRAND.name, 'md', true)}</a>
      <div class="who">
        <a class="x1i10hfl" href="/${BRAND.handle}/" role="link">${BRAND.handle}</a
        ><span class="verified" role="img" aria-label="Verified"></span> •
        <button class="follow" type="button">Follow</button>
      </div>
      <button class="plain" type="button">${icons.more()}</button>
    </header>
    <div class="scroll">
      <ul class="_a9z6 ig-comments">
        ${caption(now)} ${comments.filter((c) => !c.late).map((c) => renderInstagramComment(code, c, now))}
        ${
          late.length > 0
            ? html`<template id="ig-more">${late.map((c) => renderInstagramComment(code, c, now))}</template>
                <li class="load-more" data-demo-wrap="">
                  <button class="plain" type="button" data-demo-reveal="ig-more">${icons.loadMore()}</button>
                </li>`
            : ''
        }
      </ul>
    </div>
    <section class="ig-actions">
      <button class="plain" type="button">${icons.like()}</button
      ><button class="plain" type="button">${icons.comment()}</button
      ><button class="plain" type="button">${icons.share()}</button><span class="grow"></span
      ><button class="plain" type="button">${icons.save()}</button>
    </section>
    <section class="ig-likes">
      <a href="/p/${code}/liked_by/" role="link">${instagramPost.likes.toLocaleString('en-US')} likes</a>
    </section>
    <div class="ig-date">
      <a href="/p/${code}/" role="link"
        ><time datetime="${isoAt(now, instagramPost.minutesAgo)}"
          >${longDate(now, instagramPost.minutesAgo)}</time
        ></a
      >
    </div>
    <section class="ig-compose">
      <form method="POST">
        <textarea
          aria-label="Add a comment…"
          placeholder="Add a comment…"
          autocomplete="off"
          autocorrect="off"
        ></textarea
        ><button type="submit" disabled>Post</button>
      </form>
    </section>
  </div>`;
}

/** The post page: picture on the left, caption + comments + composer on the right. */
export function renderInstagramPost(now: number): string {
  const body = html`<div id="mount_0_0_Ig" class="x1n2onr6 ig">
    ${instagramNav(BRAND.handle)}
    <main class="ig-main" role="main">
      <div class="post-wrap">
        <article class="ig-post" role="presentation">
          <div class="media" role="img" aria-label="Photo by ${BRAND.igName}. ${instagramPost.picture}">
            <div class="drink"></div>
          </div>
          ${side(now)}
        </article>
      </div>
    </main>
  </div>`;
  return documentShell({
    lang: 'en',
    title: `${BRAND.igName} on Instagram: "${instagramPost.caption.slice(0, 60)}…"`,
    css: '/demo-assets/instagram.css',
    bodyClass: 'igb',
    body,
    data: demoData(),
  });
}
