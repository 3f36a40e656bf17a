import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { inProcessBackground } from '../in-process-background';
import { dayBefore, reply, storeComments } from './build';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { InsightsView } = await import('@/entrypoints/popup/insights/InsightsView');
const { PopupApp } = await import('@/entrypoints/popup/PopupApp');

/** The in-process background's clock. */
const BG_NOW = 1_700_000_000_000;
const ago = (days: number, hour = 12) => dayBefore(BG_NOW, days, hour);
const IG = 'instagram:kopirindang';

afterEach(async () => {
  await background.current?.db.delete();
});

async function seed() {
  const bg = (background.current = inProcessBackground());
  const seen = { firstSeenAt: ago(40), lastSeenAt: ago(0) };
  await bg.db.pages.bulkAdd([
    { id: 'facebook:kopirindang', platform: 'facebook', url: '', name: 'Kopi Rindang', ...seen },
    { id: IG, platform: 'instagram', url: '', name: 'kopirindang', ...seen },
  ]);
  await storeComments(bg.db, [
    { id: 'a1', author: 'ani', stage: 'consumption', sentiment: 'positive', at: ago(5) },
    { id: 'a2', author: 'ani', stage: 'creation', sentiment: 'positive', at: ago(2) },
    { id: 'b1', author: 'budi', stage: 'curation', sentiment: 'negative', at: ago(3) },
    { id: 'c1', author: 'citra', page: IG, stage: 'collaboration', sentiment: 'neutral', at: ago(1) },
    { id: 'd1', author: 'dewi', stage: 'curation', sentiment: 'negative', at: ago(20) },
  ]);
  await bg.db.replies.bulkAdd([
    reply({ responseMinutes: 20, insertedAt: ago(2) }),
    reply({ responseMinutes: 40, insertedAt: ago(3) }),
    // A complaint answered in an hour and a half: late against its hour.
    reply({ responseMinutes: 90, insertedAt: ago(3), intents: ['complaint'] }),
    reply({ responseMinutes: 300, insertedAt: ago(1), pageId: IG, platform: 'instagram' }),
    reply({ responseMinutes: null, insertedAt: ago(1) }),
  ]);
  return bg;
}

/** A data table's body rows as text, cell by cell. */
function rows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
}

describe('insights view', () => {
  test('the last 30 days on all pages: stage mix, sentiment per day and response times, each with its numbers', async () => {
    await seed();
    render(<InsightsView />);
    await screen.findByRole('table', { name: 'Engagement stages' }, { timeout: 5_000 });
    expect(rows('Engagement stages')).toEqual([
      ['Consumption', '0'],
      ['Curation', '2'],
      ['Creation', '1'],
      ['Collaboration', '1'],
    ]);
    expect(screen.getByText(/4 people wrote 5 comments/)).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'People by the highest stage they reached: Consumption 0, Curation 2, Creation 1, Collaboration 1',
      }),
    ).toBeTruthy();

    const days = rows('Sentiment over time');
    expect(days).toHaveLength(30);
    // Today is the last row: nothing yet. Yesterday Citra's neutral comment; 3 days ago Budi's negative one.
    expect(days.at(-1)!.slice(1)).toEqual(['0', '0', '0']);
    expect(days.at(-2)!.slice(1)).toEqual(['0', '1', '0']);
    expect(days.at(-4)!.slice(1)).toEqual(['0', '0', '1']);
    expect(
      screen.getByRole('img', {
        name: /Comments per day by sentiment, in all 2 positive, 1 neutral, 2 negative/,
      }),
    ).toBeTruthy();

    const stats = screen.getByTestId('response-stats');
    // 20, 40, 90 and 300 minutes: half within 40 min, 90% within 5 h; the late complaint and the 5 h one miss.
    expect(within(stats).getByText('Half answered within').nextElementSibling!.textContent).toBe('40 min');
    expect(within(stats).getByText('90% answered within').nextElementSibling!.textContent).toBe('5 h');
    expect(within(stats).getByText('Within target').nextElementSibling!.textContent).toBe('50% (2 of 4)');
    expect(screen.getByText('1 more replies not yet seen answered on the page.')).toBeTruthy();
    expect(rows('Response times')).toEqual([
      ['up to 15 min', '0'],
      ['15 min to 1 h', '2'],
      ['1 h to 4 h', '1'],
      ['4 h to 24 h', '1'],
      ['over 24 h', '0'],
    ]);
  });

  test('one page and a shorter period', async () => {
    await seed();
    const user = userEvent.setup();
    render(<InsightsView />);
    await screen.findByRole('table', { name: 'Engagement stages' }, { timeout: 5_000 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), 'kopirindang · Instagram');
    await waitFor(() => expect(rows('Engagement stages').map((r) => r[1])).toEqual(['0', '0', '0', '1']));
    // Only the Instagram reply, 5 hours after its comment: late even against the 4-hour target.
    const stats = Array.from(
      screen.getByTestId('response-stats').querySelectorAll('dd'),
      (dd) => dd.textContent,
    );
    expect(stats).toEqual(['5 h', '5 h', '0% (0 of 1)']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Page' }), 'All pages');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
    // Dewi's curation was 20 days ago.
    await waitFor(() => expect(rows('Sentiment over time')).toHaveLength(7));
    expect(rows('Engagement stages').map((r) => r[1])).toEqual(['0', '1', '1', '1']);
  });

  test('ninety days come in weeks', async () => {
    await seed();
    const user = userEvent.setup();
    render(<InsightsView />);
    await screen.findByRole('table', { name: 'Engagement stages' }, { timeout: 5_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 90 days');
    await waitFor(() => expect(rows('Sentiment over time')).toHaveLength(13));
    expect(screen.getByRole('columnheader', { name: 'Week from' })).toBeTruthy();
  });

  test('opens from the popup, and says when there is nothing to show yet', async () => {
    background.current = inProcessBackground();
    const user = userEvent.setup();
    render(<PopupApp />);
    await user.click(screen.getByRole('tab', { name: 'Insights' }));
    expect(await screen.findByText('No tagged comments here in this period yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
