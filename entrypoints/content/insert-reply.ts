import type { InsertResult } from '@/utils/messaging/protocol';
import type { SiteAdapter } from '@/utils/sites/types';

/** How long the page may take to show a reply editor after its "Reply" button is clicked. */
const EDITOR_WAIT_MS = 3_000;

/**
 * Puts a reply into the page's own reply editor for a comment, focused and ready for the
 * moderator to send; never sends. Clicks the comment's "Reply" button, as a person would, and
 * waits for the page to show its editor. The text goes in as typed input
 * (`insertText`), which Facebook's and Instagram's editors handle like typing: their state stays
 * theirs, and nothing of theirs is replaced or removed.
 */
export async function insertReply(
  adapter: SiteAdapter,
  comment: Element,
  text: string,
): Promise<InsertResult> {
  // The comment's own "Reply" first, as a person would: it opens the thread's editor, and on
  // Instagram (one editor for the whole post) it is what makes the text a reply to this comment.
  const action = adapter.replyAction(comment);
  action?.click();
  const box = action
    ? await waitFor(() => adapter.replyBox(comment), EDITOR_WAIT_MS)
    : adapter.replyBox(comment);
  if (!box) return { ok: false, reason: 'no-reply-box' };
  box.focus();
  caretToEnd(box);
  const before = contentOf(box);
  const separator = before.trim() === '' || /\s$/.test(before) ? '' : ' ';
  // Deprecated but still the one way to type into a rich editor as the user would.
  let typed = document.execCommand('insertText', false, separator + text);
  if (!typed && box instanceof HTMLTextAreaElement) typed = setTextareaValue(box, before + separator + text);
  return typed && contentOf(box).includes(text) ? { ok: true } : { ok: false, reason: 'not-inserted' };
}

function contentOf(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement ? box.value : (box.textContent ?? '');
}

function caretToEnd(box: HTMLElement): void {
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(box.value.length, box.value.length);
    return;
  }
  const selection = getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A textarea's framework listens for input events: set the value as the native setter does, then tell it. */
function setTextareaValue(box: HTMLTextAreaElement, value: string): boolean {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setter) return false;
  setter.call(box, value);
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  return true;
}

/** Polls once a frame until `find` returns an element or the time is up. */
function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  const end = performance.now() + ms;
  return new Promise((resolve) => {
    const tick = () => {
      const found = find();
      if (found || performance.now() > end) resolve(found);
      else requestAnimationFrame(tick);
    };
    tick();
  });
}
