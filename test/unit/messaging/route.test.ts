import { describe, expect, test, vi } from 'vitest';
import { route, RejectedMessage, type Handlers } from '@/utils/messaging/route';
import { classifySender, type SenderInfo } from '@/utils/messaging/sender';
import { sampleCapture } from '../capture-fixture';

const self = { id: 'tanggapid', origin: 'chrome-extension://tanggapid/' };
const tab = { id: 1 };

describe('classifySender', () => {
  test.each<[string, SenderInfo, ReturnType<typeof classifySender>]>([
    ['our popup', { id: 'tanggapid', url: 'chrome-extension://tanggapid/popup.html' }, 'page'],
    [
      'our side panel in a tab',
      { id: 'tanggapid', url: 'chrome-extension://tanggapid/sidepanel.html', tab },
      'page',
    ],
    [
      'our content script on Facebook',
      { id: 'tanggapid', url: 'https://www.facebook.com/kopirindang', tab },
      'content',
    ],
    [
      'our content script on Instagram',
      { id: 'tanggapid', url: 'https://www.instagram.com/p/abc/', tab },
      'content',
    ],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/page.html' }, null],
    [
      'another extension claiming our page',
      { id: 'evil', url: 'chrome-extension://tanggapid/popup.html' },
      null,
    ],
    ['our id on a look-alike host', { id: 'tanggapid', url: 'https://facebook.com.evil.net/', tab }, null],
    ['our id on plain http', { id: 'tanggapid', url: 'http://www.facebook.com/', tab }, null],
    ['no url', { id: 'tanggapid' }, null],
    ['a brand-site url without a tab', { id: 'tanggapid', url: 'https://www.facebook.com/x' }, null],
  ])('%s', (_, sender, expected) => {
    expect(classifySender(sender, self)).toBe(expected);
  });
});

function handlers(): Handlers {
  return {
    ping: vi.fn(async () => ({ version: '1' })),
    getStats: vi.fn(async () => ({
      pages: 0,
      posts: 0,
      comments: 0,
      annotations: 0,
      replies: 0,
      templates: 0,
    })),
    listPages: vi.fn(async () => []),
    recentComments: vi.fn(async () => []),
    storeCapture: vi.fn(async () => ({ posts: 0, comments: 0, newComments: 0 })),
  };
}

describe('route', () => {
  const page = { id: 'tanggapid', url: 'chrome-extension://tanggapid/popup.html' };
  const content = { id: 'tanggapid', url: 'https://www.facebook.com/kopirindang', tab };

  test('hands valid data from an allowed sender to its handler', async () => {
    const h = handlers();
    await route('recentComments', { limit: 5 }, page, self, h);
    expect(h.recentComments).toHaveBeenCalledWith({ limit: 5 });
    await route('storeCapture', sampleCapture(), content, self, h);
    expect(h.storeCapture).toHaveBeenCalledOnce();
  });

  test.each([
    ['storeCapture', sampleCapture(), page, 'not accepted'],
    ['getStats', {}, content, 'not accepted'],
    ['getStats', {}, { id: 'evil', url: 'chrome-extension://evil/x.html' }, 'not accepted'],
    ['recentComments', { limit: 10_000 }, page, 'invalid data'],
    ['recentComments', { limit: 5, extra: true }, page, 'invalid data'],
    ['storeCapture', { ...sampleCapture(), comments: [{ id: '' }] }, content, 'invalid data'],
  ] as const)('rejects %s with %j from a wrong sender or with bad data', async (name, data, sender, why) => {
    const h = handlers();
    const attempt = route(name, data, sender, self, h);
    await expect(attempt).rejects.toThrow(RejectedMessage);
    await expect(attempt).rejects.toThrow(why);
    expect(h[name]).not.toHaveBeenCalled();
  });
});
