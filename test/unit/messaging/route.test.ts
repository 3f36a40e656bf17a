import { describe, expect, test, vi } from 'vitest';
import { route, RejectedMessage, type Handlers } from '@/utils/messaging/route';
import { classifySender, type SenderInfo } from '@/utils/messaging/sender';
import { toJsonPayload } from '@/utils/messaging/json-payload';
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

/** A spy for every request; each answers an empty object. */
function handlers(): Handlers {
  const spies = new Map<string, ReturnType<typeof vi.fn>>();
  return new Proxy({} as Handlers, {
    get: (_, name: string) => {
      if (!spies.has(name))
        spies.set(
          name,
          vi.fn(async () => ({})),
        );
      return spies.get(name);
    },
  });
}

describe('route', () => {
  const page = { id: 'tanggapid', url: 'chrome-extension://tanggapid/popup.html' };
  const content = { id: 'tanggapid', url: 'https://www.facebook.com/kopirindang', tab };

  test('hands valid data from an allowed sender to its handler', async () => {
    const h = handlers();
    await route('recentComments', { limit: 5 }, page, self, h);
    // An extension page has no tab to speak of.
    expect(h.recentComments).toHaveBeenCalledWith({ limit: 5 }, { tabId: null });
    await route('storeCapture', toJsonPayload(sampleCapture()), content, self, h);
    // It travels as one JSON string; the handler gets the parsed, validated capture and the tab it came from.
    expect(h.storeCapture).toHaveBeenCalledWith({ ...sampleCapture(), tags: [] }, { tabId: tab.id });
  });

  test.each([
    ['storeCapture', toJsonPayload(sampleCapture()), page, 'not accepted'],
    ['getStats', {}, content, 'not accepted'],
    ['getStats', {}, { id: 'evil', url: 'chrome-extension://evil/x.html' }, 'not accepted'],
    ['recentComments', { limit: 10_000 }, page, 'invalid data'],
    ['recentComments', { limit: 5, extra: true }, page, 'invalid data'],
    ['storeCapture', toJsonPayload({ ...sampleCapture(), comments: [{ id: '' }] }), content, 'invalid data'],
    ['storeCapture', { json: '{"page": ' }, content, 'invalid data'],
    ['storeCapture', sampleCapture(), content, 'invalid data'],
    ['setManualTag', { commentId: 'facebook:1', field: 'stage', value: 'negative' }, content, 'invalid data'],
    ['addBrandPage', { url: 'https://www.facebook.com/x' }, content, 'not accepted'],
  ] as const)('rejects %s with %j from a wrong sender or with bad data', async (name, data, sender, why) => {
    const h = handlers();
    const attempt = route(name, data, sender, self, h);
    await expect(attempt).rejects.toThrow(RejectedMessage);
    await expect(attempt).rejects.toThrow(why);
    expect(h[name]).not.toHaveBeenCalled();
  });
});
