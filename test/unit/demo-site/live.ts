import { Browser, type BrowserPage } from 'happy-dom';
import { afterEach, expect } from 'vitest';
import { renderDemo } from '../../../demo/site/index';
import type { FoundComment, SiteAdapter } from '../../../utils/sites/types';
import { NOW } from './helpers';

/**
 * A demo page as a browser loads it: happy-dom fetches the page and /demo-assets/demo.js from
 * `renderDemo` (no network) and runs the script, so tests drive the very file Chromium runs.
 * Stylesheets are not loaded (happy-dom's default): the CSS is not under test.
 */
export interface LivePage {
  window: BrowserPage['mainFrame']['window'];
  document: Document;
  close(): Promise<void>;
}

export async function openLive(url: string): Promise<LivePage> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: {
        interceptor: {
          async beforeAsyncRequest({ request, window }) {
            const answer = renderDemo(new URL(request.url), NOW);
            if (!answer) return new window.Response('Not a demo page', { status: 404 });
            return new window.Response(answer.body, {
              status: answer.status,
              headers: { 'content-type': answer.contentType },
            });
          },
        },
      },
    },
  });
  const page = browser.newPage();
  await page.goto(url);
  await page.waitUntilComplete();
  const window = page.mainFrame.window;
  installInsertText(window);
  return {
    window,
    document: window.document as unknown as Document,
    close: () => browser.close(),
  };
}

/**
 * happy-dom has no `document.execCommand`: this one does what Chromium's 'insertText' does for
 * the extension, at the caret of the focused textarea or editable element, then fires `input`.
 */
function installInsertText(window: LivePage['window']): void {
  const doc = window.document;
  Object.assign(doc, {
    execCommand(command: string, _ui?: boolean, value = ''): boolean {
      if (command !== 'insertText') return false;
      const active = doc.activeElement;
      if (!active) return false;
      if (active instanceof window.HTMLTextAreaElement) {
        const start = active.selectionStart;
        const end = active.selectionEnd;
        active.value = active.value.slice(0, start) + value + active.value.slice(end);
        active.setSelectionRange(start + value.length, start + value.length);
      } else if (active.getAttribute('contenteditable') === 'true') {
        const range = window.getSelection()?.getRangeAt(0);
        if (!range || !active.contains(range.startContainer)) return false;
        range.deleteContents();
        const text = doc.createTextNode(value);
        range.insertNode(text);
        // Chromium drops an empty line's placeholder <br> once the line has text.
        const line = text.parentElement;
        const last = line?.lastChild;
        if (line && last?.nodeName === 'BR' && line.childNodes.length === 2) line.removeChild(last);
        range.setStartAfter(text);
        range.collapse(true);
      } else {
        return false;
      }
      active.dispatchEvent(
        new window.InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }),
      );
      return true;
    },
  });
}

/** What a user's click is, for tests: the real demo.js listeners run. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}

/** Enter (or Shift+Enter) pressed in the focused element; false when a listener cancelled it. */
export function pressEnter(page: LivePage, options: { shiftKey?: boolean } = {}): boolean {
  const target = page.document.activeElement;
  if (!target) throw new Error('nothing focused');
  const event = new page.window.KeyboardEvent('keydown', {
    key: 'Enter',
    bubbles: true,
    cancelable: true,
    ...options,
  });
  return target.dispatchEvent(event as unknown as Event);
}

/** `live(url)` opens a page that is closed after the test. */
export function livePages(): (url: string) => Promise<LivePage> {
  let open: LivePage | null = null;
  afterEach(async () => {
    await open?.close();
    open = null;
  });
  return async (url) => {
    await open?.close();
    open = await openLive(url);
    return open;
  };
}

/** What the adapter reads on the live page now (relative times against NOW). */
export function read(page: LivePage, url: string, adapter: SiteAdapter): FoundComment[] {
  const reading = adapter.read(page.document, new URL(url), undefined, NOW);
  if (!reading) throw new Error('adapter did not recognise the demo page');
  return reading.comments;
}

export function commentBy(comments: FoundComment[], text: string): FoundComment {
  const found = comments.find((c) => c.text.startsWith(text));
  if (!found) throw new Error(`no comment starting "${text}"`);
  return found;
}

/** Inserts text the way the extension does: into the focused editor, with execCommand. */
export function insertText(page: LivePage, text: string): void {
  expect(page.document.execCommand('insertText', false, text)).toBe(true);
}

/** Tags, classes, roles and attribute names, without text: what two renderings must share. */
export function skeleton(el: Element, skip: (el: Element) => boolean): string {
  const attrs = [...el.attributes]
    .map((a) =>
      a.name === 'class' || a.name === 'role' || a.name === 'type' ? `${a.name}=${a.value}` : a.name,
    )
    .sort()
    .join(' ');
  const kids = [...el.children].filter((c) => !skip(c)).map((c) => skeleton(c, skip));
  return `<${el.localName} ${attrs}>${kids.join('')}</${el.localName}>`;
}
