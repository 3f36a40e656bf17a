import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AnnotationEvent } from '@/utils/db/records';
import { inProcessBackground } from '../in-process-background';
import { storeComments, type Hand } from './build';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { UnansweredView } = await import('@/entrypoints/popup/unanswered/UnansweredView');

const MINUTE = 60_000;
const ago = (minutes: number) => Date.now() - minutes * MINUTE;

afterEach(async () => {
  await background.current?.db.delete();
});

/** Two pages: a late complaint, a fresh question on Instagram, a negative remark, and what is not waiting. */
async function seed(extra: Hand[] = []) {
  const bg = (background.current = inProcessBackground());
  await bg.db.pages.bulkAdd([
    {
      id: 'facebook:kopirindang',
      platform: 'facebook',
      url: 'https://www.facebook.com/kopirindang',
      name: 'Kopi Rindang',
      firstSeenAt: ago(600),
      lastSeenAt: ago(1),
    },
    {
      id: 'instagram:kopirindang',
      platform: 'instagram',
      url: 'https://www.instagram.com/kopirindang/',
      name: 'kopirindang',
      firstSeenAt: ago(600),
      lastSeenAt: ago(1),
    },
  ]);
  await storeComments(bg.db, [
    {
      id: 'complaint',
      author: 'Rina Wulandari',
      text: 'Pesanan #INV240611 udah 3 hari belum nyampe, gimana nih min',
      intents: ['complaint'],
      sentiment: 'negative',
      at: ago(90),
    },
    {
      id: 'question',
      author: 'budi.s',
      page: 'instagram:kopirindang',
      text: '<img src=x onerror="alert(1)"> berapa harganya kak?',
      intents: ['question'],
      at: ago(10),
    },
    { id: 'remark', author: 'Sari', text: 'Kopinya pahit banget', sentiment: 'negative', at: ago(30) },
    { id: 'praise', author: 'Dewi', text: 'Mantap!', intents: ['praise'], sentiment: 'positive', at: ago(5) },
    { id: 'answered', author: 'Eko', intents: ['complaint'], at: ago(300), answeredAt: ago(200) },
    ...extra,
  ]);
  return bg;
}

const items = () => within(screen.getByTestId('unanswered')).getAllByRole('listitem');

describe('unanswered view', () => {
  test('lists complaints, questions and negative comments of every page, riskiest first, page text as text', async () => {
    await seed();
    render(<UnansweredView />);
    await screen.findByTestId('unanswered', {}, { timeout: 5_000 });
    expect(screen.getByText('3 waiting')).toBeTruthy();
    const list = items();
    expect(list.map((li) => li.getAttribute('data-comment-id'))).toEqual(['complaint', 'remark', 'question']);
    const [complaint, , question] = list;
    expect(within(complaint!).getByText('Rina Wulandari')).toBeTruthy();
    expect(within(complaint!).getByText(/Kopi Rindang · Facebook/)).toBeTruthy();
    // 90 minutes against the complaints' 60.
    expect(within(complaint!).getByTestId('waited').textContent).toBe('late: 1.5 h (target 1 h)');
    expect(complaint!.getAttribute('data-late')).toBe('true');
    expect(within(question!).getByText(/kopirindang · Instagram/)).toBeTruthy();
    expect(within(question!).getByTestId('waited').textContent).toBe('waiting 10 min (target 4 h)');
    expect(within(question!).getByText('<img src=x onerror="alert(1)"> berapa harganya kak?')).toBeTruthy();
    expect(question!.querySelector('img')).toBeNull();
  });

  test('opens a comment where it was posted, and never a link that does not lead to Facebook or Instagram', async () => {
    await seed([
      {
        id: 'facebook:evil',
        author: 'Spammer',
        intents: ['question'],
        at: ago(20),
      },
    ]);
    await background.current!.db.comments.update('facebook:evil', { permalink: 'javascript:alert(1)' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const user = userEvent.setup();
    render(<UnansweredView />);
    await screen.findByTestId('unanswered', {}, { timeout: 5_000 });
    const complaint = items().find((li) => li.getAttribute('data-comment-id') === 'complaint')!;
    await user.click(within(complaint).getByRole('button', { name: 'Open comment' }));
    expect(create).toHaveBeenCalledWith({ url: 'https://www.facebook.com/p/complaint' });
    const evil = items().find((li) => li.getAttribute('data-comment-id') === 'facebook:evil')!;
    expect(within(evil).queryByRole('button', { name: 'Open comment' })).toBeNull();
  });

  test("shows a comment's tag history: the engine's tag and a moderator's correction, marked manual", async () => {
    const bg = await seed();
    const engine: AnnotationEvent = {
      commentId: 'remark',
      kind: 'auto',
      tag: (await bg.db.annotations.get('remark'))!.auto,
      by: 'tanggap',
      // A minute before the in-process background's clock, when the correction is made.
      at: 1_700_000_000_000 - MINUTE,
    };
    await bg.db.annotationHistory.add(engine);
    await bg.messenger.sendMessage('setModeratorName', { name: 'Ayu Bestari' });
    await bg.messenger.sendMessage('setManualTag', {
      commentId: 'remark',
      field: 'stage',
      value: 'curation',
    });
    const user = userEvent.setup();
    render(<UnansweredView />);
    await screen.findByTestId('unanswered', {}, { timeout: 5_000 });
    const remark = items().find((li) => li.getAttribute('data-comment-id') === 'remark')!;
    const toggle = within(remark).getByRole('button', { name: 'Tag history' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const history = await within(remark).findByRole('list', { name: 'Tag history' });
    const [auto, manual] = within(history).getAllByRole('listitem');
    expect(auto!.getAttribute('data-kind')).toBe('auto');
    expect(within(auto!).getByText('Automatic')).toBeTruthy();
    expect(within(auto!).getByText('by Tanggap')).toBeTruthy();
    expect(within(auto!).getByText('Negative')).toBeTruthy();
    expect(manual!.getAttribute('data-kind')).toBe('manual');
    expect(within(manual!).getByText('Manual')).toBeTruthy();
    expect(within(manual!).getByText('by Ayu Bestari')).toBeTruthy();
    expect(within(manual!).getByText('Stage: Curation')).toBeTruthy();
  });

  test('a long backlog shows fifty at first, more on request', async () => {
    const many: Hand[] = Array.from({ length: 52 }, (_, i) => ({
      id: `q${i}`,
      intents: ['question'],
      at: ago(i),
    }));
    await seed(many);
    const user = userEvent.setup();
    render(<UnansweredView />);
    await screen.findByTestId('unanswered', {}, { timeout: 5_000 });
    expect(items()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show more (5 left)' }));
    expect(items()).toHaveLength(55);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  test('says so when nothing waits', async () => {
    background.current = inProcessBackground();
    render(<UnansweredView />);
    expect(await screen.findByText(/Every complaint and question on your pages has an answer/)).toBeTruthy();
  });
});
