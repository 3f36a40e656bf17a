import { avatar } from '../avatar';
import { BRAND } from '../content/brand';
import { type NumberedComment, splitMentions } from '../content/numbering';
import { personOf } from '../content/people';
import { PAGE } from '../content/types';
import { html, type Html } from '../html';
import { instagramShort, isoAt, longDate } from '../time';
import { icons } from './icons';

export function handleOf(key: string): string {
  return key === PAGE ? BRAND.handle : personOf(key).username;
}

/** The avatar's initials come from the display name, as Instagram's pictures would show a face. */
function displayNameOf(key: string): string {
  return key === PAGE ? BRAND.name : personOf(key).name;
}

function text(value: string): Html {
  return html`${splitMentions(value).map((part) => {
    if (typeof part === 'string') return part;
    const handle = handleOf(part.mention);
    return html`<a class="x1i10hfl notranslate" href="/${handle}/" role="link" tabindex="0">@${handle}</a>`;
  })}`;
}

function likes(n: number | undefined): string {
  if (!n) return '';
  return n === 1 ? '1 like' : `${n.toLocaleString('en-US')} likes`;
}

/** Late replies sit in a <template> that demo.js reveals, like Instagram's "View replies (n)". */
function replyList(code: string, comment: NumberedComment, now: number): Html {
  if (comment.replies.length === 0) return html``;
  const shown = comment.replies.filter((r) => !r.late);
  const late = comment.replies.filter((r) => r.late);
  const tplId = `ig-replies-${comment.id}`;
  const button =
    late.length > 0
      ? html`<li data-demo-wrap="">
          <button class="view-replies" type="button" data-demo-reveal="${tplId}">
            <span class="rule"></span><span>View replies (${late.length})</span>
          </button>
        </li>`
      : html`<li>
          <button class="view-replies" type="button">
            <span class="rule"></span><span>Hide replies</span>
          </button>
        </li>`;
  return html`<ul class="_a9ym replies">
    ${shown.map((r) => renderInstagramComment(code, r, now, comment))}${late.length > 0 ? html`<template id="${tplId}">${late.map((r) => renderInstagramComment(code, r, now, comment))}</template>` : ''}${button}
  </ul>`;
}

/** One comment `li`: author in h3, text in span[dir=auto], timestamp permalink, nested replies. */
export function renderInstagramComment(
  code: string,
  comment: NumberedComment,
  now: number,
  parent?: NumberedComment,
): Html {
  const handle = handleOf(comment.author);
  const href = parent ? `/p/${code}/c/${parent.id}/r/${comment.id}/` : `/p/${code}/c/${comment.id}/`;
  const count = likes(comment.likes);
  return html`<li class="_a9zj _a9zl${parent ? ' reply' : ''}">
    <div class="x78zum5 _a9zm row">
      <a class="av-link" href="/${handle}/" tabindex="-1" aria-hidden="true"
        >${avatar(displayNameOf(comment.author), parent ? 'sm' : 'md', comment.author === PAGE)}</a
      >
      <div class="x1iyjqo2 _a9zr body">
        <h3 class="_a9zc">
          <a class="x1i10hfl notranslate" href="/${handle}/" role="link" tabindex="0">${handle}</a
          >${comment.author === PAGE ? html`<span class="verified" role="img" aria-label="Verified"></span>` : ''}
        </h3>
        <div class="_a9zs"><span class="_ap3a _aaco" dir="auto">${text(comment.text)}</span></div>
        <div class="_a9ze meta">
          <a class="x1i10hfl" href="${href}" role="link" tabindex="0"
            ><time
              class="x1ejq31n"
              datetime="${isoAt(now, comment.minutesAgo)}"
              title="${longDate(now, comment.minutesAgo)}"
              >${instagramShort(comment.minutesAgo)}</time
            ></a
          >${count ? html`<button class="_a9ze" type="button">${count}</button>` : ''}<button
            class="_a9ze"
            type="button"
            data-demo-reply=""
          >
            Reply
          </button>
        </div>
      </div>
      <span class="heart"><button class="x1i10hfl" type="button">${icons.like(12)}</button></span>
    </div>
    ${replyList(code, comment, now)}
  </li>`;
}
