import { avatar } from '../avatar';
import { BRAND } from '../content/brand';
import type { NumberedComment } from '../content/numbering';
import { html, type Html } from '../html';
import { facebookShort } from '../time';
import { renderComment } from './comment';
import { type FacebookContext, PAGE_URL, postPermalink } from './context';

function countAll(comments: readonly NumberedComment[]): number {
  return comments.reduce((n, c) => n + 1 + countAll(c.replies), 0);
}

function header(ctx: FacebookContext): Html {
  const time = facebookShort(ctx.post.minutesAgo, ctx.locale);
  return html`<div class="x78zum5 post-head">
    <a class="av-link" href="${PAGE_URL}" aria-hidden="true" tabindex="-1"
      >${avatar(BRAND.name, 'md', true)}</a
    >
    <div class="x1iyjqo2 post-meta">
      <div data-ad-rendering-role="profile_name">
        <h3 class="x1heor9g">
          <strong><a class="x1i10hfl" href="${PAGE_URL}" role="link">${BRAND.name}</a></strong>
        </h3>
      </div>
      <span class="post-time"
        ><a class="x1i10hfl" href="${postPermalink(ctx.post)}" role="link" aria-label="${time}">${time}</a> ·
        <span class="globe" role="img" aria-label="${ctx.t.isPublic}"></span
      ></span>
    </div>
    <div
      class="post-menu"
      role="button"
      tabindex="0"
      aria-label="${ctx.t.postActions}"
      aria-haspopup="menu"
    ></div>
  </div>`;
}

function footer(ctx: FacebookContext, total: number): Html {
  const { t, post } = ctx;
  return html`<div class="x6s0dn4 post-counts">
      <span class="react-icons" aria-hidden="true"><i class="ri ri-like"></i><i class="ri ri-love"></i></span
      ><span role="button" tabindex="0" aria-label="${t.reactions(t.number(post.reactions))}"
        >${t.number(post.reactions)}</span
      >
      <span class="grow"></span><span role="button" tabindex="0">${t.comments(t.number(total))}</span
      ><span>${t.shares(t.number(post.shares))}</span>
    </div>
    <div class="x1n2onr6 post-actions">
      <div role="button" tabindex="0">${t.like}</div>
      <div role="button" tabindex="0">${t.commentAction}</div>
      <div role="button" tabindex="0">${t.share}</div>
    </div>`;
}

/**
 * One feed post: `[aria-posinset]` (not itself role="article", see the report on the adapter's
 * depth count), its comments, late comments in a <template> that demo.js reveals on click, and
 * the page's own "Comment as …" composer, which is not a comment.
 */
export function renderPost(
  ctx: FacebookContext,
  comments: readonly NumberedComment[],
  setSize: number,
): Html {
  const shown = comments.filter((c) => !c.late);
  const late = comments.filter((c) => c.late);
  const moreId = `fb-more-${ctx.postIndex + 1}`;
  return html`<div
    class="x1yztbdb x1n2onr6 xh8yej3 card post"
    aria-posinset="${ctx.postIndex + 1}"
    aria-setsize="${setSize}"
    aria-describedby="post-msg-${ctx.postIndex + 1}"
  >
    ${header(ctx)}
    <div
      class="x1iorvi4 post-message"
      id="post-msg-${ctx.postIndex + 1}"
      data-ad-rendering-role="story_message"
      data-ad-preview="message"
    >
      <div dir="auto">${ctx.post.text}</div>
    </div>
    <div class="post-picture pic-${ctx.postIndex + 1}" role="img" aria-label="${ctx.post.picture}"></div>
    ${footer(ctx, countAll(comments))}
    <div class="x1jx94hy comments">
      <div class="sort" role="button" tabindex="0">${ctx.t.mostRelevant}</div>
      ${shown.map((c) => renderComment(ctx, c))}
      ${
        late.length > 0
          ? html`<template id="${moreId}">${late.map((c) => renderComment(ctx, c))}</template>
              <div class="more" role="button" tabindex="0" data-demo-reveal="${moreId}">
                ${ctx.t.moreComments}
              </div>`
          : ''
      }
      <div class="x78zum5 composer">
        ${avatar(BRAND.name, 'sm', true)}
        <div
          class="x1ed109x composer-box"
          contenteditable="true"
          role="textbox"
          spellcheck="true"
          tabindex="0"
          aria-label="${ctx.t.commentAs(BRAND.name)}"
          aria-placeholder="${ctx.t.commentAs(BRAND.name)}"
        >
          <p><br /></p>
        </div>
      </div>
    </div>
  </div>`;
}
