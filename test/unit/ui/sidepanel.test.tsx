import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Capture } from '@/utils/capture/schema';
import type { AutoTag } from '@/utils/db/records';
import { toJsonPayload } from '@/utils/messaging/json-payload';
import { DEFAULT_VOICE } from '@/utils/replies/voice';
import { sampleCapture } from '../capture-fixture';
import { inProcessBackground } from '../in-process-background';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { SidePanelApp } = await import('@/entrypoints/sidepanel/SidePanelApp');

const NOW = Date.now();
const tag = (over: Partial<AutoTag>): AutoTag => ({
  stage: 'curation',
  stageConfidence: 0.7,
  sentiment: 'neutral',
  sentimentScore: 0,
  intents: [],
  language: 'id',
  cues: { stage: [], sentiment: [] },
  ...over,
});

/** A page with a fresh praise, an hour-old complaint and a question, none answered yet. */
function capture(): Capture {
  const c = sampleCapture(3);
  c.comments = c.comments.filter((x) => !x.byPage);
  c.comments[0]!.text = 'Enak banget kopi susunya, mantap!';
  c.comments[0]!.createdAt = NOW - 5 * 60_000;
  c.comments[1]!.text = 'Pesanan saya #INV240611 udah 3 hari belum nyampe, gimana nih min';
  c.comments[1]!.authorName = 'Rina Wulandari';
  c.comments[1]!.createdAt = NOW - 90 * 60_000;
  c.comments[2]!.text = '<img src=x onerror="alert(1)"> berapa harganya kak?';
  c.comments[2]!.createdAt = NOW - 10 * 60_000;
  return c;
}

async function seed() {
  const bg = (background.current = inProcessBackground());
  await bg.fromContent(
    'storeCapture',
    toJsonPayload({
      ...capture(),
      tags: [
        { commentId: 'facebook:1000', tag: tag({ sentiment: 'positive', intents: ['praise'] }) },
        {
          commentId: 'facebook:1001',
          tag: tag({
            sentiment: 'negative',
            intents: ['complaint'],
            cues: { stage: [], sentiment: ['belum nyampe'] },
          }),
        },
        { commentId: 'facebook:1002', tag: tag({ stage: 'consumption', intents: ['question'] }) },
      ],
    }),
  );
  await bg.messenger.sendMessage('setModeratorName', { name: 'Ayu Bestari' });
  await bg.messenger.sendMessage('setBrandVoice', {
    ...DEFAULT_VOICE,
    brandName: 'Kopi Rindang',
    channels: { ...DEFAULT_VOICE.channels, whatsapp: '0812-0000-1111' },
  });
  return bg;
}

beforeEach(() => {
  // The panel pinned to the Facebook tab, as `sidepanel.html?tab=1`.
  window.history.replaceState({}, '', '/sidepanel.html?tab=1');
});
afterEach(async () => {
  await background.current?.db.delete();
  window.history.replaceState({}, '', '/');
});

describe('side panel', () => {
  test('queues the unanswered comments riskiest first, and shows page text as text', async () => {
    await seed();
    render(<SidePanelApp />);
    const queue = await screen.findByTestId('queue', {}, { timeout: 5_000 });
    const items = within(queue).getAllByRole('button');
    expect(items.map((i) => i.getAttribute('data-comment-id'))[0]).toBe('facebook:1001');
    expect(items).toHaveLength(3);
    // The complaint waited 90 minutes against a 60-minute target.
    expect(items[0]!.getAttribute('data-late')).toBe('true');
    expect(within(queue).getByText('<img src=x onerror="alert(1)"> berapa harganya kak?')).toBeTruthy();
    expect(queue.querySelector('img')).toBeNull();
  });

  test('a selected complaint gets filled suggestions, a live check, and Insert puts the reply in the page and logs it', async () => {
    const bg = await seed();
    const user = userEvent.setup();
    render(<SidePanelApp />);
    await user.click(await screen.findByRole('button', { name: /Rina Wulandari/ }));
    expect(bg.tab.revealed).toEqual(['facebook:1001']);
    const card = await screen.findByTestId('selected-comment', {}, { timeout: 5_000 });
    expect(within(card).getByText(/INV240611/)).toBeTruthy();
    const suggestions = await screen.findByTestId('suggestions', {}, { timeout: 5_000 });
    // Complaint templates in Indonesian, filled with the name and the brand's channel.
    const first = within(suggestions).getAllByRole('button')[0]!;
    expect(first.getAttribute('data-template-id')).toMatch(/^id-.*complaint/);
    const draft = screen.getByLabelText<HTMLTextAreaElement>('Your reply');
    // The best suggestion fills the draft once the comment has loaded.
    await waitFor(() => expect(draft.value).toMatch(/Rina/));
    expect(draft.value).not.toMatch(/\{/);
    expect(draft.value).toMatch(/\^AB$/);
    expect(screen.getByTestId('check-score').textContent).toMatch(/\d+%/);

    await user.click(screen.getByRole('button', { name: 'Insert into reply box' }));
    expect(await screen.findByTestId('inserted')).toBeTruthy();
    expect(bg.tab.inserted).toEqual([{ commentId: 'facebook:1001', text: draft.value }]);
    const logged = await bg.db.replies.toArray();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      commentId: 'facebook:1001',
      templateId: first.getAttribute('data-template-id'),
      text: draft.value,
      agent: 'Ayu Bestari',
      sentiment: 'negative',
    });
    expect(logged[0]!.checkScore).toBeGreaterThan(0.5);
  });

  test('a placeholder without a value blocks Insert until it is filled', async () => {
    const bg = await seed();
    const user = userEvent.setup();
    render(<SidePanelApp />);
    await user.click(await screen.findByRole('button', { name: /Rina Wulandari/ }));
    const draft = await screen.findByLabelText<HTMLTextAreaElement>('Your reply');
    fireEvent.change(draft, { target: { value: 'Halo Kak {name}, pesanan {order} sudah kami cek ya. ^AB' } });
    const insert = screen.getByRole('button', { name: 'Insert into reply box' });
    expect((insert as HTMLButtonElement).disabled).toBe(true);
    const missing = screen.getByTestId('missing');
    await user.type(within(missing).getAllByRole('textbox')[0]!, 'Rina');
    await user.click(within(missing).getAllByRole('button', { name: 'Fill' })[0]!);
    expect(draft.value).toBe('Halo Kak Rina, pesanan {order} sudah kami cek ya. ^AB');
    expect((insert as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(screen.getByTestId('missing')).getByRole('textbox'), 'INV240611');
    await user.click(within(screen.getByTestId('missing')).getByRole('button', { name: 'Fill' }));
    await waitFor(() => expect((insert as HTMLButtonElement).disabled).toBe(false));
    expect(bg.tab.inserted).toEqual([]);
  });

  test('the insert shortcut inserts the draft shown, like the button', async () => {
    const bg = await seed();
    const user = userEvent.setup();
    render(<SidePanelApp />);
    await user.click(await screen.findByRole('button', { name: /Rina Wulandari/ }, { timeout: 5_000 }));
    const draft = await screen.findByLabelText<HTMLTextAreaElement>('Your reply');
    await waitFor(() => expect(draft.value).not.toBe(''));
    bg.command('insert-reply');
    expect(await screen.findByTestId('inserted')).toBeTruthy();
    expect(bg.tab.inserted).toEqual([{ commentId: 'facebook:1001', text: draft.value }]);
  });

  test('a comment chosen from its badge on the page shows up, and the shortcut moves to the next unanswered one', async () => {
    const bg = await seed();
    render(<SidePanelApp />);
    await screen.findByTestId('queue');
    await bg.fromContent('selectComment', { commentId: 'facebook:1000' });
    expect(
      await screen.findByText('Enak banget kopi susunya, mantap!', { selector: '.comment-text' }),
    ).toBeTruthy();
    bg.command('next-unanswered');
    await waitFor(() =>
      expect(
        screen.getByTestId('queue').querySelector('[aria-current="true"]')?.getAttribute('data-comment-id'),
      ).not.toBe('facebook:1000'),
    );
  });
});
