import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Corpus } from '@/bench/db/corpus';
import { inProcessBackground } from '../in-process-background';
import { referenceSearch } from './reference';
import { seedCorpus } from './samples';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { HistoryView } = await import('@/entrypoints/popup/history/HistoryView');
const { LIST_HEIGHT, ROW_HEIGHT } = await import('@/entrypoints/popup/history/HistoryList');

const NOW = 1_750_000_000_000;
const COMMENTS = 300;
let corpus: Corpus;

// happy-dom lays nothing out: give the list the height it has in the popup, so the virtual list
// decides what is in view as it does there.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')!;
beforeEach(async () => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'history-list' ? LIST_HEIGHT : 0;
    },
  });
  const bg = (background.current = inProcessBackground());
  corpus = await seedCorpus(bg.db, { comments: COMMENTS, replies: 60, now: NOW, undated: 0 });
  // What a page would show us: markup is text, never markup.
  await bg.db.comments.update(corpus.comments[0]!.id, {
    text: '<img src=x onerror="alert(1)"> kok belum sampai juga <b>min</b>',
  });
  corpus.comments[0]!.text = '<img src=x onerror="alert(1)"> kok belum sampai juga <b>min</b>';
});
afterEach(async () => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  await background.current?.db.delete();
});

const shownIds = () => screen.queryAllByTestId('history-row').map((r) => r.getAttribute('data-comment-id'));
const countIs = (n: number) =>
  waitFor(() => expect(screen.getByTestId('history-list').getAttribute('data-total')).toBe(String(n)), {
    timeout: 5_000,
  });

describe('reply history view', () => {
  test('shows the newest comments first, only those in view, and loads more as it scrolls', async () => {
    render(<HistoryView />);
    await countIs(COMMENTS);
    expect(screen.getByTestId('history-count').textContent).toBe('300 comments');
    const order = referenceSearch(corpus, { query: '', filters: {} });
    await waitFor(() => expect(shownIds()[0]).toBe(order[0]));
    // A few screens' worth, not 300.
    expect(shownIds().length).toBeGreaterThan(2);
    expect(shownIds().length).toBeLessThan(20);
    expect(shownIds()).toEqual(order.slice(0, shownIds().length));

    const list = screen.getByTestId('history-list');
    list.scrollTop = 120 * ROW_HEIGHT;
    fireEvent.scroll(list);
    await waitFor(() => expect(shownIds()).toContain(order[121]));
    expect(shownIds()).not.toContain(order[0]);
    expect(shownIds().length).toBeLessThan(20);
  });

  test('searches by words and narrows by a filter and by answered or not', async () => {
    const user = userEvent.setup();
    render(<HistoryView />);
    await countIs(COMMENTS);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'belum sampai');
    const found = referenceSearch(corpus, { query: 'belum sampai', filters: {} });
    expect(found.length).toBeGreaterThan(3);
    await countIs(found.length);
    await waitFor(() => expect(shownIds()[0]).toBe(found[0]));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Answered' }), 'Unanswered');
    const open = referenceSearch(corpus, { query: 'belum sampai', filters: { answered: 'unanswered' } });
    expect(open.length).toBeLessThan(found.length);
    await countIs(open.length);
    await waitFor(() => expect(shownIds()[0]).toBe(open[0]));
    for (const row of screen.getAllByTestId('history-row')) {
      expect(within(row).getByText('Not answered yet')).toBeTruthy();
    }

    await user.selectOptions(screen.getByRole('combobox', { name: 'Answered' }), 'Answered or not');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sentiment' }), 'Positive');
    const positive = referenceSearch(corpus, { query: 'belum sampai', filters: { sentiment: 'positive' } });
    await countIs(positive.length);
    if (positive.length === 0) expect(screen.getByText('No comment matches.')).toBeTruthy();
  });

  test('narrows to one page and shows our reply with its agent, check and response time', async () => {
    const expected = referenceSearch(corpus, {
      query: 'kami cek',
      filters: { pageId: 'facebook:tehlembayung' },
    });
    const reply = corpus.replies.find((r) => r.commentId === expected[0])!;
    await background
      .current!.db.replies.where('commentId')
      .equals(reply.commentId)
      .modify({ responseMs: 25 * 60_000 });
    const user = userEvent.setup();
    render(<HistoryView />);
    await countIs(COMMENTS);
    const pages = screen.getByRole('combobox', { name: 'Page' });
    // Facebook and Instagram pages of the same brand share its name: chosen by id.
    await waitFor(() => expect(pages.querySelector('option[value="facebook:tehlembayung"]')).not.toBeNull());
    await user.selectOptions(pages, 'facebook:tehlembayung');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'kami cek');
    await countIs(expected.length);
    const row = await waitFor(() => {
      const first = screen.getAllByTestId('history-row')[0]!;
      expect(first.getAttribute('data-comment-id')).toBe(expected[0]);
      return first;
    });
    expect(within(row).getByText(`Our reply (${reply.agent}):`)).toBeTruthy();
    expect(within(row).getByText(reply.text)).toBeTruthy();
    expect(row.textContent).toContain(
      `check ${Math.round(reply.checkScore! * 100)}% · answered after 25 min`,
    );
    expect(row.textContent).toContain('Teh Lembayung');
  });

  test('page text is shown as text, and a row opens its comment in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const user = userEvent.setup();
    render(<HistoryView />);
    await countIs(COMMENTS);
    const row = await waitFor(() => {
      const first = screen.getAllByTestId('history-row')[0]!;
      expect(first.getAttribute('data-comment-id')).toBe(corpus.comments[0]!.id);
      return first;
    });
    expect(
      within(row).getByText('<img src=x onerror="alert(1)"> kok belum sampai juga <b>min</b>'),
    ).toBeTruthy();
    expect(row.querySelector('img, b')).toBeNull();
    await user.click(within(row).getByRole('link', { name: 'Open comment' }));
    expect(create).toHaveBeenCalledWith({ url: corpus.comments[0]!.permalink });
  });

  test('a permalink that is not a web address gets no link', async () => {
    await background.current!.db.comments.update(corpus.comments[0]!.id, {
      permalink: 'javascript:alert(1)',
    });
    render(<HistoryView />);
    await countIs(COMMENTS);
    const row = await waitFor(() => {
      const first = screen.getAllByTestId('history-row')[0]!;
      expect(first.getAttribute('data-comment-id')).toBe(corpus.comments[0]!.id);
      return first;
    });
    expect(within(row).queryByRole('link')).toBeNull();
  });
});
