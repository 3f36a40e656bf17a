import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CommentRecord } from '@/utils/db/records';
import { noteStorageError } from '@/utils/db/upkeep/storage-watch';
import { sampleCapture } from '../capture-fixture';
import { inProcessBackground } from '../in-process-background';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { StorageNotice } = await import('@/components/StorageNotice');
const { Retention } = await import('@/entrypoints/options/Retention');

// inProcessBackground's clock.
const NOW = 1_700_000_000_000;
const DAY = 86_400_000;

afterEach(async () => {
  await background.current?.db.delete();
  // The Storage API, where a test gave one.
  Reflect.deleteProperty(navigator, 'storage');
});

function storageEstimate(usage: number, quota: number) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: () => Promise.resolve({ usage, quota }) },
  });
}

describe('popup: storage notice', () => {
  test('says nothing while storage is fine', async () => {
    background.current = inProcessBackground();
    storageEstimate(10_000_000, 1_000_000_000);
    const { container } = render(<StorageNotice />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
  });

  test('a full quota: what happened, what to do, how full, and the browser’s words', async () => {
    const bg = (background.current = inProcessBackground());
    storageEstimate(999_000_000, 1_000_000_000);
    noteStorageError(
      bg.db,
      new Dexie.AbortError('Transaction aborted', new DOMException('', 'QuotaExceededError')),
    );
    render(<StorageNotice />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain("Tanggap's storage is full");
    expect(notice.textContent).toMatch(/Free some disk space, or delete old conversations/);
    expect(notice.textContent).toMatch(/999 MB used of 1,000 MB available/);
    expect(within(notice).getByText(/AbortError: Transaction aborted/)).toBeTruthy();
    // Asking again does not free space: no button that would pretend it does.
    expect(within(notice).queryByRole('button')).toBeNull();
  });

  test('a blocked upgrade: close the other tabs, then try again', async () => {
    const bg = (background.current = inProcessBackground());
    noteStorageError(bg.db, new Dexie.DatabaseClosedError());
    const user = userEvent.setup();
    render(<StorageNotice />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/waiting for another of its pages.*Close Tanggap's other tabs/);
    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    // The database opens this time: the notice goes.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('storage nearly full is said before anything fails', async () => {
    background.current = inProcessBackground();
    storageEstimate(950_000_000, 1_000_000_000);
    render(<StorageNotice />);
    expect((await screen.findByRole('status')).textContent).toMatch(/95% full/);
  });
});

function quiet(id: string, parentId: string | null, seen: number): CommentRecord {
  const base = sampleCapture(1).comments[0]!;
  return { ...base, id, parentId, firstSeenAt: seen, lastSeenAt: seen, answeredAt: null };
}

describe('options: retention', () => {
  test('choose, see what would go, save, delete now', async () => {
    const bg = (background.current = inProcessBackground());
    await bg.db.comments.bulkPut([
      quiet('facebook:old', null, NOW - 200 * DAY),
      quiet('facebook:old-reply', 'facebook:old', NOW - 200 * DAY),
      quiet('facebook:older', null, NOW - 400 * DAY),
      quiet('facebook:recent', null, NOW - 10 * DAY),
    ]);
    const user = userEvent.setup();
    render(<Retention />);
    const section = await screen.findByTestId('retention');
    const preview = within(section).getByTestId('retention-preview');
    expect(preview.textContent).toBe('Everything is kept.');
    const deleteNow = within(section).getByRole('button', { name: 'Delete now' }) as HTMLButtonElement;
    expect(deleteNow.disabled).toBe(true);

    await user.selectOptions(within(section).getByLabelText('Keep comments for'), '6 months');
    await waitFor(() => expect(preview.textContent).toMatch(/2 conversations \(3 comments\)/));
    // Not saved yet: nothing can be deleted by a setting still being chosen.
    expect(deleteNow.disabled).toBe(true);
    expect(await bg.db.comments.count()).toBe(4);

    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect((await within(section).findByRole('status')).textContent).toBe('Saved');
    await waitFor(() => expect(deleteNow.disabled).toBe(false));
    await user.click(deleteNow);
    await waitFor(() =>
      expect(within(section).getByRole('status').textContent).toBe('Deleted: 2 conversations (3 comments).'),
    );
    expect((await bg.db.comments.toCollection().primaryKeys()).sort()).toEqual(['facebook:recent']);
    // Counted again: nothing left to delete, and the clean-up is recorded.
    await waitFor(() =>
      expect(within(section).getByTestId('retention-preview').textContent).toMatch(/0 conversations/),
    );
    expect(within(section).getByText(/Last clean-up: .*, 3 comments deleted/)).toBeTruthy();
    expect((await bg.db.settings.get('retentionMonths'))?.value).toBe(6);
  });
});
