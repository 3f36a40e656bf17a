import { describe, expect, test } from 'vitest';
import { insightsRequests } from '@/utils/messaging/requests/insights';

describe('insights requests', () => {
  test('insights takes one page or all, and only the periods offered', () => {
    const schema = insightsRequests.insights.data;
    expect(schema.safeParse({ pageId: null, days: 30 }).success).toBe(true);
    expect(schema.safeParse({ pageId: 'facebook:kopirindang', days: 90 }).success).toBe(true);
    expect(schema.safeParse({ pageId: null, days: 14 }).success).toBe(false);
    expect(schema.safeParse({ pageId: '', days: 7 }).success).toBe(false);
    expect(schema.safeParse({ days: 7 }).success).toBe(false);
    expect(schema.safeParse({ pageId: null, days: 7, extra: 1 }).success).toBe(false);
  });

  test('only extension pages may ask, content scripts may not', () => {
    expect(insightsRequests.insights.from).toEqual(['page']);
    expect(insightsRequests.unansweredAcrossPages.from).toEqual(['page']);
    expect(insightsRequests.unansweredAcrossPages.data.safeParse({ any: 1 }).success).toBe(false);
  });
});
