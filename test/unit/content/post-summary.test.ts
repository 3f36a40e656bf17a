import { describe, expect, test } from 'vitest';
import { countPost } from '@/entrypoints/content/post-summary';

const c = (id: string, parentId: string | null = null, byPage = false) => ({ id, parentId, byPage });

describe('countPost', () => {
  test('counts stages and negatives of customers, and top-level comments the page has not answered', () => {
    const comments = [c('1'), c('2'), c('3'), c('2r', '2', true), c('3r', '3'), c('4')];
    const tags: Record<string, { stage: 'curation' | 'creation'; sentiment: string }> = {
      '1': { stage: 'curation', sentiment: 'negative' },
      '2': { stage: 'curation', sentiment: 'positive' },
      '3': { stage: 'creation', sentiment: 'negative' },
      '3r': { stage: 'curation', sentiment: 'neutral' },
    };
    const counts = countPost(comments, (id) => tags[id]);
    expect(counts.comments).toBe(5);
    expect(counts.stages).toEqual({ consumption: 0, curation: 3, creation: 1, collaboration: 0 });
    expect(counts.negative).toBe(2);
    // 1, 3 and 4 have no reply from the page; 3's reply is a customer's. Replies are not counted.
    expect(counts.unanswered).toBe(3);
  });

  test('an empty post counts nothing', () => {
    expect(countPost([], () => undefined)).toMatchObject({ comments: 0, negative: 0, unanswered: 0 });
  });
});
