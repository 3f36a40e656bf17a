import { raw, type Html } from '../html';

/** Hand-drawn outline icons in Instagram's style (our own paths, 24×24). */
function icon(label: string, path: string, size = 24): Html {
  return raw(
    `<svg aria-label="${label}" class="ig-icon" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" height="${size}" width="${size}" viewBox="0 0 24 24" role="img"><title>${label}</title>${path}</svg>`,
  );
}

const HEART =
  '<path d="M12 20.5s-8-4.8-8-10.6C4 7 6 5 8.5 5c1.6 0 2.8.8 3.5 2 .7-1.2 1.9-2 3.5-2C18 5 20 7 20 9.9c0 5.8-8 10.6-8 10.6z"/>';

export const icons = {
  like: (size = 24): Html => icon('Like', HEART, size),
  comment: (): Html => icon('Comment', '<path d="M20.7 16.6A9 9 0 1 0 17 20.3L21 21z"/>'),
  share: (): Html => icon('Share', '<path d="M22 3 9.2 10.1M22 3l-7 18-5.8-10.9L2 3.7z"/>'),
  save: (): Html => icon('Save', '<path d="M19 21l-7-6-7 6V3h14z"/>'),
  more: (): Html =>
    icon(
      'More options',
      '<circle cx="6" cy="12" r="1.2"/><circle cx="12" cy="12" r="1.2"/><circle cx="18" cy="12" r="1.2"/>',
    ),
  loadMore: (): Html =>
    icon('Load more comments', '<circle cx="12" cy="12" r="10"/><path d="M12 7v10M7 12h10"/>'),
  home: (): Html => icon('Home', '<path d="M3 10 12 3l9 7v11h-6v-7H9v7H3z"/>'),
  search: (): Html => icon('Search', '<circle cx="11" cy="11" r="7"/><path d="m21 21-5-5"/>'),
  reels: (): Html =>
    icon('Reels', '<rect x="3" y="3" width="18" height="18" rx="4"/><path d="m10 9 5 3-5 3z"/>'),
  messages: (): Html => icon('Messages', '<path d="M22 3 9.2 10.1M22 3l-7 18-5.8-10.9L2 3.7z"/>'),
  create: (): Html =>
    icon('New post', '<rect x="3" y="3" width="18" height="18" rx="4"/><path d="M12 8v8M8 12h8"/>'),
};
