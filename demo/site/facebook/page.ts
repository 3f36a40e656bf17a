import { avatar } from '../avatar';
import { BRAND } from '../content/brand';
import { facebookPosts } from '../content/facebook-posts';
import { numberComments } from '../content/numbering';
import { initialsOf } from '../content/people';
import type { FacebookDemoData } from '../demo-data';
import { documentShell } from '../document';
import { html, type Html } from '../html';
import { type FacebookLocale, facebookLong, facebookShort } from '../time';
import { PAGE_URL } from './context';
import { type FacebookLabels, facebookLabels } from './labels';
import { renderPost } from './post';

function banner(t: FacebookLabels): Html {
  return html`<div class="x9f619 fb-top" role="banner">
    <a class="fb-logo" href="https://www.facebook.com/" aria-label="Facebook"></a>
    <label class="fb-search"
      ><input type="search" aria-label="${t.search}" placeholder="${t.search}"
    /></label>
    <div class="grow"></div>
    <div class="fb-icons" aria-hidden="true"><i></i><i></i><i></i></div>
  </div>`;
}

function pageHead(t: FacebookLabels): Html {
  return html`<div class="x1n2onr6 page-head card-flat">
    <div class="cover" role="img" aria-label="${BRAND.name}"></div>
    <div class="x78zum5 page-id">
      ${avatar(BRAND.name, 'lg', true)}
      <div class="page-title">
        <h1>${BRAND.name}</h1>
        <div class="sub">${t.followers(BRAND.followers)} · ${BRAND.category}</div>
      </div>
      <div class="page-buttons">
        <div class="btn-primary" role="button" tabindex="0">${t.follow}</div>
        <div class="btn" role="button" tabindex="0">${t.message}</div>
      </div>
    </div>
    <div class="tabs" role="tablist">
      ${t.tabs.map((tab, i) => html`<div role="tab" aria-selected="${i === 0 ? 'true' : 'false'}" tabindex="0">${tab}</div>`)}
    </div>
  </div>`;
}

/** Comment ids differ per post so they stay unique across the whole page. */
function idPrefix(postIndex: number): string {
  return `11843095${postIndex + 1}`;
}

/** Replies posted on the demo page: a ninth "post" prefix, so no rendered id is ever reused. */
const POSTED_REPLY_PREFIX = '118430959';

/** What demo.js needs to open reply composers and post the page's replies, in this language. */
function demoData(locale: FacebookLocale, t: FacebookLabels): FacebookDemoData {
  return {
    site: 'facebook',
    page: { name: BRAND.name, url: PAGE_URL, initials: initialsOf(BRAND.name) },
    labels: {
      replyTo: t.replyTo('{name}'),
      reply: t.reply(BRAND.name, '{other}', facebookLong(0, locale)),
      justNow: facebookShort(0, locale),
      like: t.like,
      reply_: t.reply_,
      author: t.author,
    },
    replyIdPrefix: POSTED_REPLY_PREFIX,
  };
}

/** The brand page with its posts, in English or Indonesian interface labels. */
export function renderFacebookPage(locale: FacebookLocale): string {
  const t = facebookLabels[locale];
  const posts = facebookPosts.map((post, postIndex) =>
    renderPost(
      { locale, t, post, postIndex },
      numberComments(post.comments, idPrefix(postIndex)),
      facebookPosts.length,
    ),
  );
  const body = html`<div id="mount_0_0_Kr" class="x1n2onr6">
    ${banner(t)}
    <div class="x9f619 fb-main" role="main">
      ${pageHead(t)}
      <div class="x78zum5 cols">
        <aside class="card intro">
          <h2>${t.intro}</h2>
          <p dir="auto">
            Kopi lokal, rasa rindang. Robusta & arabika dari petani Nusantara, diseduh di 23 outlet.
          </p>
          <p>${BRAND.category}</p>
        </aside>
        <div class="x1hc1fzr feed" role="feed">${posts}</div>
      </div>
    </div>
  </div>`;
  return documentShell({
    lang: t.htmlLang,
    title: `${BRAND.name} | Facebook`,
    css: '/demo-assets/facebook.css',
    bodyClass: 'fb',
    body,
    data: demoData(locale, t),
  });
}
