import { describe, expect, it } from 'vitest';
import { facebookPosts } from '../../../demo/site/content/facebook-posts';
import { instagramComments } from '../../../demo/site/content/instagram-post';
import { splitMentions } from '../../../demo/site/content/numbering';
import { people } from '../../../demo/site/content/people';
import { type DemoComment, PAGE } from '../../../demo/site/content/types';

function flatten(comments: readonly DemoComment[]): DemoComment[] {
  return comments.flatMap((c) => [c, ...flatten(c.replies ?? [])]);
}

const sets = {
  facebook: flatten(facebookPosts.flatMap((p) => p.comments)),
  instagram: flatten(instagramComments),
};

describe.each(Object.entries(sets))('demo content for %s', (_site, all) => {
  it('names only known people, in authors and mentions', () => {
    for (const c of all) {
      if (c.author !== PAGE) expect(people[c.author], c.author).toBeDefined();
      for (const part of splitMentions(c.text)) {
        if (typeof part !== 'string') expect(people[part.mention], part.mention).toBeDefined();
      }
    }
  });

  it('has replies younger than the comment they answer', () => {
    const check = (c: DemoComment) => {
      for (const r of c.replies ?? []) {
        expect(r.minutesAgo, r.text).toBeLessThan(c.minutesAgo);
        check(r);
      }
    };
    all.forEach(check);
  });

  it('covers the hard cases Tanggap must handle', () => {
    const texts = all.map((c) => c.text.toLowerCase());
    for (const cue of [
      'tolong segera',
      'mantap, 3 minggu gak nyampe 👏',
      'bit.ly/',
      '<b>html</b> & "quotes"',
      '?',
    ]) {
      expect(
        texts.some((t) => t.includes(cue)),
        cue,
      ).toBe(true);
    }
    expect(all.some((c) => c.author === PAGE)).toBe(true);
  });
});
