import { html, type Html } from '../html';
import { icons } from './icons';

/**
 * Instagram's left navigation. Deliberately not a <header>: Instagram has none there, and the
 * adapter takes the first `header a[href]` as the post's author.
 */
export function instagramNav(handle: string): Html {
  return html`<div class="x1n2onr6 ig-nav" role="navigation">
    <a class="ig-logo" href="/" aria-label="Instagram"></a>
    <a href="/" role="link">${icons.home()}<span>Home</span></a>
    <a href="#" role="link">${icons.search()}<span>Search</span></a>
    <a href="#" role="link">${icons.reels()}<span>Reels</span></a>
    <a href="#" role="link">${icons.messages()}<span>Messages</span></a>
    <a href="#" role="link">${icons.create()}<span>Create</span></a>
    <a href="/${handle}/" role="link"
      ><span class="av av-sm av-cbrand" data-initials="KR" aria-hidden="true"></span><span>Profile</span></a
    >
  </div>`;
}
