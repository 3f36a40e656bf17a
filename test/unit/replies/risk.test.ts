import { describe, expect, it, test } from 'vitest';
import type { Intent, Sentiment } from '../../../utils/analysis/labels';
import { rankQueue, type QueueItem } from '../../../utils/replies/risk';
import { DEFAULT_TARGETS } from '../../../utils/replies/types';

const NOW = 1_700_000_000_000;
const MINUTE = 60_000;

/** A comment posted `ageMinutes` ago. */
function item(
  commentId: string,
  sentiment: Sentiment,
  intents: Intent[],
  ageMinutes: number,
  more: Partial<QueueItem> = {},
): QueueItem {
  return {
    commentId,
    sentiment,
    intents,
    reactions: 0,
    replies: 0,
    createdAt: NOW - ageMinutes * MINUTE,
    firstSeenAt: NOW,
    ...more,
  };
}

function order(items: QueueItem[]): string[] {
  return rankQueue(items, NOW).map((r) => r.item.commentId);
}

describe('rankQueue: riskiest first', () => {
  test.each([
    [
      'an urgent complaint with reactions over a fresh praise',
      item('urgent', 'negative', ['complaint', 'urgent'], 5, { reactions: 40 }),
      item('praise', 'positive', ['praise'], 1),
    ],
    [
      'a late question over a fresh neutral remark',
      item('question', 'neutral', ['question'], 300),
      item('remark', 'neutral', [], 1),
    ],
    [
      'a late question over a question not yet late',
      item('late', 'neutral', ['question'], 250),
      item('fresh', 'neutral', ['question'], 200),
    ],
    [
      'an urgent complaint over an urgent remark',
      item('urgent-complaint', 'neutral', ['urgent', 'complaint'], 10),
      item('urgent', 'neutral', ['urgent'], 10),
    ],
    [
      'urgent over a complaint of the same age',
      item('u', 'negative', ['urgent'], 10),
      item('c', 'negative', ['complaint'], 10),
    ],
    [
      'a complaint over a negative remark',
      item('c', 'negative', ['complaint'], 10),
      item('n', 'negative', [], 10),
    ],
    [
      'a negative remark over a question',
      item('n', 'negative', [], 10),
      item('q', 'neutral', ['question'], 10),
    ],
    [
      'toxic counts like negative: over a question',
      item('t', 'neutral', ['toxic'], 10),
      item('q', 'neutral', ['question'], 10),
    ],
    ['a question over praise', item('q', 'neutral', ['question'], 10), item('p', 'positive', ['praise'], 10)],
    ['praise over spam', item('p', 'positive', ['praise'], 10), item('s', 'neutral', ['spam'], 10)],
    [
      'more reactions over fewer',
      item('seen', 'negative', ['complaint'], 10, { reactions: 25 }),
      item('unseen', 'negative', ['complaint'], 10, { reactions: 2 }),
    ],
    [
      'others replying in the thread raises it',
      item('thread', 'neutral', ['question'], 10, { replies: 4 }),
      item('alone', 'neutral', ['question'], 10),
    ],
    [
      'a complaint late by minutes over a fresh one with some likes',
      item('late', 'negative', ['complaint'], 70),
      item('fresh', 'negative', ['complaint'], 2, { reactions: 3 }),
    ],
    [
      'a fresh urgent complaint over a question two days late',
      item('urgent', 'negative', ['urgent', 'complaint'], 1),
      item('question', 'neutral', ['question'], 2 * 24 * 60),
    ],
    [
      'a viral complaint over a late praise',
      item('viral', 'negative', ['complaint'], 20, { reactions: 300, replies: 30 }),
      item('praise', 'positive', ['praise'], 600),
    ],
  ])('%s', (_why, above, below) => {
    // Ids that would put `below` first where the risks tie.
    const a = { ...above, commentId: `z-${above.commentId}` };
    const b = { ...below, commentId: `a-${below.commentId}` };
    expect(order([b, a])).toEqual([a.commentId, b.commentId]);
    expect(order([a, b])).toEqual([a.commentId, b.commentId]);
  });

  it('risk rises with age, with a step when the target passes', () => {
    const risks = [0, 30, 59, 61, 120, 600].map(
      (age) => rankQueue([item('c', 'negative', ['complaint'], age)], NOW)[0]!.risk,
    );
    for (let i = 1; i < risks.length; i++) expect(risks[i]).toBeGreaterThan(risks[i - 1]!);
    const step = risks[3]! - risks[2]!;
    expect(step).toBeGreaterThan(risks[2]! - risks[1]!);
  });
});

describe('rankQueue: age and targets', () => {
  test.each([
    ['complaint', 'negative', ['complaint'], 30, 60, false, 0.5],
    ['complaint', 'negative', ['complaint'], 90, 60, true, 1.5],
    ['urgent', 'neutral', ['urgent'], 60, 60, false, 1],
    ['negative remark', 'negative', [], 120, 60, true, 2],
    ['toxic', 'neutral', ['toxic'], 61, 60, true, 61 / 60],
    ['question', 'neutral', ['question'], 90, 240, false, 90 / 240],
    ['question', 'neutral', ['question'], 300, 240, true, 300 / 240],
    ['praise', 'positive', ['praise'], 0, 240, false, 0],
  ] as const)('%s, %d min old: target %d, late %s', (_kind, sentiment, intents, age, target, late, due) => {
    const [r] = rankQueue([item('x', sentiment, [...intents], age)], NOW);
    expect(r!.ageMinutes).toBeCloseTo(age, 9);
    expect(r!.targetMinutes).toBe(target);
    expect(r!.late).toBe(late);
    expect(r!.due).toBeCloseTo(due, 9);
  });

  it('uses the targets given', () => {
    const targets = { complaintMinutes: 15, otherMinutes: 30 };
    const [c, q] = [item('c', 'negative', ['complaint'], 20), item('q', 'neutral', ['question'], 20)].map(
      (i) => rankQueue([i], NOW, targets)[0]!,
    );
    expect([c!.targetMinutes, c!.late, q!.targetMinutes, q!.late]).toEqual([15, true, 30, false]);
    expect(rankQueue([item('c', 'negative', ['complaint'], 20)], NOW)[0]!.targetMinutes).toBe(
      DEFAULT_TARGETS.complaintMinutes,
    );
  });

  it('counts age from createdAt when known, else from when the comment was first seen', () => {
    const known = item('known', 'neutral', ['question'], 100, { firstSeenAt: NOW - 10 * MINUTE });
    const unknown = item('unknown', 'neutral', ['question'], 0, {
      createdAt: null,
      firstSeenAt: NOW - 300 * MINUTE,
    });
    const [first, second] = rankQueue([known, unknown], NOW);
    expect(first!.item).toBe(unknown);
    expect(first!.ageMinutes).toBe(300);
    expect(first!.late).toBe(true);
    expect(second!.ageMinutes).toBe(100);
  });

  it('a comment dated ahead of our clock is new, not negative in age', () => {
    const [r] = rankQueue([item('x', 'negative', ['complaint'], -5)], NOW);
    expect(r!.ageMinutes).toBe(0);
    expect(r!.due).toBe(0);
    expect(r!.risk).toBeGreaterThan(0);
  });
});

describe('rankQueue: ties', () => {
  it('equal risk: the older comment first, then by id; the same whatever the input order', () => {
    const same = { createdAt: null };
    const items = [
      item('b', 'neutral', [], 0, { ...same, firstSeenAt: NOW }),
      item('a', 'neutral', [], 0, { ...same, firstSeenAt: NOW }),
      item('c', 'neutral', [], 0, { ...same, firstSeenAt: NOW }),
    ];
    expect(order(items)).toEqual(['a', 'b', 'c']);
    expect(order([...items].reverse())).toEqual(['a', 'b', 'c']);
    // Both count as just posted (a clock ahead of ours gives age 0), but "b" was posted first.
    const ahead = [item('a', 'neutral', [], -5), item('b', 'neutral', [], 0)];
    expect(order(ahead)).toEqual(['b', 'a']);
  });

  it('keeps the caller’s item objects', () => {
    const mine = { ...item('x', 'neutral', [], 1), extra: 'kept' };
    expect(rankQueue([mine], NOW)[0]!.item).toBe(mine);
    expect(rankQueue([], NOW)).toEqual([]);
  });
});
