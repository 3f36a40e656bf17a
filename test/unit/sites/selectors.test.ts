import { describe, expect, test } from 'vitest';
import { facebookSelectors } from '@/utils/sites/facebook-selectors';
import { instagramSelectors } from '@/utils/sites/instagram-selectors';
import { facebookAdapter } from '@/utils/sites/facebook';
import { instagramAdapter } from '@/utils/sites/instagram';
import { fixtureUrl, loadFixture, type FixtureName } from '../../fixtures/load';

/** Each selector against each saved page: a layout change shows up as a count change here. */
const counts: [FixtureName, string, number][] = [
  ['facebook-page-en.html', facebookSelectors.post[0], 3], // two posts + one loading shell
  ['facebook-page-en.html', facebookSelectors.post[1], 1],
  ['facebook-page-en.html', facebookSelectors.comment, 8], // 7 comments + 1 loading shell
  ['facebook-page-en.html', facebookSelectors.loading, 2],
  ['facebook-page-en.html', facebookSelectors.postText[0], 1],
  ['facebook-page-en.html', facebookSelectors.postText[1], 1], // post 2 only has the older form
  ['facebook-page-en.html', facebookSelectors.postText[2], 0],
  ['facebook-page-en.html', facebookSelectors.postAuthor[0], 2],
  ['facebook-page-en.html', facebookSelectors.postPermalink[0], 5], // post 1's link + its 4 comment timestamps
  ['facebook-page-en.html', facebookSelectors.postPermalink[1], 3],
  ['facebook-page-en.html', facebookSelectors.commentPermalink[0], 3],
  ['facebook-page-en.html', facebookSelectors.commentPermalink[1], 7], // one is an author link
  ['facebook-page-en.html', facebookSelectors.commentText, 9], // 7 comments + 2 post texts
  ['facebook-page-en.html', facebookSelectors.replyBox, 2], // "Reply to …" + "Comment as …"
  ['facebook-page-id.html', facebookSelectors.post[0], 1],
  ['facebook-page-id.html', facebookSelectors.comment, 5], // 4 comments + the composer
  ['facebook-page-id.html', facebookSelectors.commentPermalink[1], 4],
  ['facebook-page-id.html', facebookSelectors.replyBox, 2],
  ['facebook-post-dialog.html', facebookSelectors.postDialog[0], 1],
  ['facebook-post-dialog.html', facebookSelectors.postText[2], 1],
  ['facebook-post-dialog.html', facebookSelectors.comment, 4],
  ['instagram-post.html', instagramSelectors.postScope[1], 1],
  ['instagram-post.html', instagramSelectors.commentAnchor, 4], // not the caption's /p/ link
  ['instagram-post.html', instagramSelectors.commentItem[0], 7], // caption + 4 + 2 button rows
  ['instagram-post.html', instagramSelectors.text, 4],
  ['instagram-post.html', instagramSelectors.postCaption[0], 1],
  ['instagram-post.html', instagramSelectors.postAuthor[0], 1],
  ['instagram-post.html', instagramSelectors.composer[0], 1],
  ['unrecognised-layout.html', facebookSelectors.post[0], 0],
  ['unrecognised-layout.html', facebookSelectors.comment, 0],
  ['unrecognised-layout.html', instagramSelectors.commentAnchor, 0],
];

describe('selectors match the saved pages', () => {
  test.each(counts)('%s: %s matches %i', (fixture, selector, expected) => {
    expect(loadFixture(fixture).querySelectorAll(selector)).toHaveLength(expected);
  });
});

describe('a layout the adapters do not recognise', () => {
  test.each([
    ['facebook', 'https://www.facebook.com/marketplace/'],
    ['instagram', 'https://www.instagram.com/explore/'],
  ] as const)('%s reads null', (site, url) => {
    const adapter = site === 'facebook' ? facebookAdapter : instagramAdapter;
    expect(adapter.read(loadFixture('unrecognised-layout.html'), new URL(url))).toBeNull();
  });

  test('a Facebook page with only a loading shell is not recognised yet', () => {
    const doc = new DOMParser().parseFromString(
      '<div aria-posinset="1"><div role="progressbar"></div></div>',
      'text/html',
    );
    expect(facebookAdapter.read(doc, new URL('https://www.facebook.com/tehlembayung'))).toBeNull();
  });

  test('every fixture the adapters should know is read', () => {
    const known: FixtureName[] = [
      'facebook-page-en.html',
      'facebook-page-id.html',
      'facebook-post-dialog.html',
    ];
    for (const name of known)
      expect(facebookAdapter.read(loadFixture(name), fixtureUrl(name))).not.toBeNull();
    const ig = loadFixture('instagram-post.html');
    expect(instagramAdapter.read(ig, fixtureUrl('instagram-post.html'))).not.toBeNull();
  });
});
