import { avatar } from '../avatar';
import { BRAND } from '../content/brand';
import { instagramComments, instagramPost } from '../content/instagram-post';
import type { DemoComment } from '../content/types';
import { documentShell } from '../document';
import { html } from '../html';
import { instagramNav } from './chrome';

function countAll(comments: readonly DemoComment[]): number {
  return comments.reduce((n, c) => n + 1 + countAll(c.replies ?? []), 0);
}

/** Decorative tiles besides the one real post; they are not links, so nothing leads to a 404. */
const TILES = ['Latte art daun', 'Biji kopi sangrai', 'Outlet Braga', 'Kue pandan', 'Cold brew botol'];

/** The brand's profile: header, counts and a grid whose first tile opens the demo post. */
export function renderInstagramProfile(): string {
  const body = html`<div id="mount_0_0_Ig" class="x1n2onr6 ig">
    ${instagramNav(BRAND.handle)}
    <main class="ig-main" role="main">
      <div class="profile">
        <header class="profile-head">
          ${avatar(BRAND.name, 'lg', true)}
          <section>
            <h2>${BRAND.handle}</h2>
            <ul class="stats">
              <li><span>218</span> posts</li>
              <li><span>48.2K</span> followers</li>
              <li><span>112</span> following</li>
            </ul>
            <div class="bio">
              <span>${BRAND.igName}</span
              ><span dir="auto">Kopi lokal, rasa rindang 🌿 23 outlet · Jakarta · Bandung · Surabaya</span>
            </div>
          </section>
        </header>
        <div class="grid">
          <a
            class="tile pic-1"
            href="/p/${instagramPost.code}/"
            role="link"
            aria-label="${instagramPost.picture}"
            ><span class="tile-stats"
              >♥ ${instagramPost.likes.toLocaleString('en-US')} 💬 ${countAll(instagramComments)}</span
            ></a
          >
          ${TILES.map((label, i) => html`<div class="tile pic-${(i % 4) + 2}" role="img" aria-label="${label}"></div>`)}
        </div>
      </div>
    </main>
  </div>`;
  return documentShell({
    lang: 'en',
    title: `${BRAND.igName} (@${BRAND.handle}) • Instagram photos and videos`,
    css: '/demo-assets/instagram.css',
    bodyClass: 'igb',
    body,
  });
}
