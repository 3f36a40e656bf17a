import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fileName } from '@/utils/transfer/outcome';
import { inProcessBackground } from '../in-process-background';
import { dump, seedDb } from './seed';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { TransferView } = await import('@/entrypoints/popup/transfer/TransferView');

/** The in-process background's clock, as the file names show it. */
const NOW = new Date(1_700_000_000_000);

/** Files the view downloads: caught where the browser would save them (a click on <a download>). */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const files: Array<{ name: string; text: () => Promise<string> }> = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, text: () => blob.text() });
  });
  return files;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await background.current?.db.delete();
});

function start() {
  return (background.current = inProcessBackground());
}

describe('the Data view', () => {
  test('exports the chosen parts as one dated JSON file', async () => {
    const bg = start();
    await seedDb(bg.db);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    render(<TransferView />);
    const form = screen.getByTestId('export');
    await user.click(within(form).getByLabelText('Brand voice and response targets'));
    await user.click(within(form).getByRole('button', { name: 'Export' }));

    expect(await within(form).findByText(/Downloaded:/)).toBeTruthy();
    expect(downloads.map((d) => d.name)).toEqual([fileName('tanggap', 'json', NOW)]);
    const file = JSON.parse(await downloads[0]!.text());
    expect(file).toMatchObject({ format: 'tanggap', version: 1 });
    expect(Object.keys(file.parts)).not.toContain('brandVoice');
    expect(file.parts.comments).toHaveLength(5);
  });

  test('exports one CSV per chosen table; none chosen, no export', async () => {
    const bg = start();
    await seedDb(bg.db);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    render(<TransferView />);
    const form = screen.getByTestId('export');
    await user.click(within(form).getByLabelText(/CSV, for spreadsheets/));
    await user.click(within(form).getByLabelText('Replies'));
    await user.click(within(form).getByRole('button', { name: 'Export' }));
    await within(form).findByText(/Downloaded:/);
    expect(downloads.map((d) => d.name)).toEqual([
      fileName('tanggap-comments', 'csv', NOW),
      fileName('tanggap-templates', 'csv', NOW),
    ]);
    expect(await downloads[0]!.text()).toMatch(/^\uFEFFid,pageId,postId/);

    await user.click(within(form).getByLabelText('Comments with their tags'));
    await user.click(within(form).getByLabelText('Reply templates'));
    expect(within(form).getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(true);
  });

  test('imports a JSON export and says what it added, part by part', async () => {
    const source = start();
    await seedDb(source.db);
    const downloads = catchDownloads();
    const user = userEvent.setup();
    const view = render(<TransferView />);
    await user.click(within(screen.getByTestId('export')).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await downloads[0]!.text();
    view.unmount();

    const target = start();
    render(<TransferView />);
    const form = screen.getByTestId('import');
    await user.upload(within(form).getByLabelText('File to import'), new File([text], downloads[0]!.name));
    await user.click(within(form).getByRole('button', { name: /^Import$/ }));
    const result = await within(form).findByTestId('import-result');
    const row = (part: string) => result.querySelector(`[data-part="${part}"]`)!.textContent;
    expect(row('comments')).toBe('Comments500');
    expect(row('replies')).toBe('Replies200');
    expect(row('brandVoice')).toBe('Brand voice100');
    expect(await dump(target.db)).toEqual(await dump(source.db));
  });

  test('a broken file: every problem at its place, and nothing imported', async () => {
    const bg = start();
    await seedDb(bg.db);
    const before = await dump(bg.db);
    const user = userEvent.setup();
    render(<TransferView />);
    const form = screen.getByTestId('import');
    const csv = 'id,lang,title,text,stages\r\nbaru,id,Baru,Halo {{nama},\r\nlain,fr,Lain,Hai,buying';
    await user.upload(within(form).getByLabelText('File to import'), new File([csv], 'templates.csv'));
    await user.click(within(form).getByRole('button', { name: /^Import$/ }));

    const problems = await within(form).findByTestId('import-problems');
    expect(within(problems).getByText('Nothing was imported: 3 problems in the file.')).toBeTruthy();
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Row 2, column text Unknown placeholders: nama',
      'Row 3, column lang Should be one of: "id", "en".',
      'Row 3, column stages Should be one of: "consumption", "curation", "creation", "collaboration".',
    ]);
    expect(await dump(bg.db)).toEqual(before);

    // The whole list, to fix the sheet with.
    const downloads = catchDownloads();
    await user.click(within(problems).getByRole('button', { name: 'Save the list of problems' }));
    expect(downloads.map((d) => d.name)).toEqual(['tanggap-import-problems.txt']);
    expect((await downloads[0]!.text()).split('\n')).toEqual([
      'Row 2, column text\tUnknown placeholders: nama',
      'Row 3, column lang\tShould be one of: "id", "en".',
      'Row 3, column stages\tShould be one of: "consumption", "curation", "creation", "collaboration".',
    ]);
  });

  test('a file that is not ours says so in one line', async () => {
    start();
    const user = userEvent.setup();
    render(<TransferView />);
    const form = screen.getByTestId('import');
    await user.upload(
      within(form).getByLabelText('File to import'),
      new File(['{"rows": []}'], 'other.json'),
    );
    await user.click(within(form).getByRole('button', { name: /^Import$/ }));
    const problems = await within(form).findByTestId('import-problems');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'format Not a Tanggap export: choose a file Tanggap exported, or a templates CSV.',
    ]);
  });
});
