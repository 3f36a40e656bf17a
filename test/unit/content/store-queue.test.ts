import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const sent = vi.hoisted(() => ({ calls: [] as unknown[], fail: [] as Array<Error | null> }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: async (_name: string, data: { json: string }) => {
    sent.calls.push(JSON.parse(data.json));
    const failure = sent.fail.shift();
    if (failure) throw failure;
    return { manual: {} };
  },
}));

const { createStoreQueue } = await import('@/entrypoints/content/store-queue');
const { sampleCapture } = await import('../capture-fixture');

function items(n: number) {
  const capture = sampleCapture(n);
  return capture.comments.map((comment) => ({
    comment,
    tag: {
      commentId: comment.id,
      tag: {
        stage: 'curation' as const,
        stageConfidence: 0.5,
        sentiment: 'neutral' as const,
        sentimentScore: 0,
        intents: [],
        language: 'id' as const,
        cues: { stage: [], sentiment: [] },
      },
    },
  }));
}
const batch = () => {
  const { page, posts } = sampleCapture(1);
  return { page, posts };
};
const storageProblem = () =>
  Object.assign(new Error('Disk full'), { name: 'StorageProblem', problem: 'quota' });

beforeEach(() => {
  vi.useFakeTimers();
  sent.calls = [];
  sent.fail = [];
});
afterEach(() => vi.useRealTimers());

describe('store queue', () => {
  test('a batch the background could not store (full disk) is kept and sent again later', async () => {
    const errors: unknown[] = [];
    const queue = createStoreQueue(
      () => undefined,
      (e) => errors.push(e),
    );
    sent.fail.push(storageProblem());
    queue.add(batch(), items(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.calls).toHaveLength(1);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.calls).toHaveLength(2);
    expect((sent.calls[1] as { comments: unknown[] }).comments).toHaveLength(4);
  });

  test('data the background refuses for another reason is not sent forever', async () => {
    const queue = createStoreQueue(
      () => undefined,
      () => undefined,
    );
    sent.fail.push(new Error('"storeCapture" has invalid data'));
    queue.add(batch(), items(2));
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sent.calls).toHaveLength(1);
  });
});
