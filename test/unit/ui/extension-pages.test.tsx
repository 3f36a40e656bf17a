import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { inProcessBackground } from '../in-process-background';
import { sampleCapture } from '../capture-fixture';
import { toJsonPayload } from '@/utils/messaging/json-payload';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown) => background.current!.messenger.sendMessage(name, data),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { PopupApp } = await import('@/entrypoints/popup/PopupApp');
const { OptionsApp } = await import('@/entrypoints/options/OptionsApp');

afterEach(async () => {
  await background.current?.db.delete();
});

function start() {
  background.current = inProcessBackground();
  return background.current;
}

describe('extension pages on one database', () => {
  test('the popup says nothing is stored yet, then shows counts once the content script stores a page', async () => {
    const bg = start();
    render(<PopupApp />);
    expect(await screen.findByText(/Nothing stored yet/)).toBeTruthy();
    await bg.fromContent('storeCapture', toJsonPayload(sampleCapture(3)));
    expect((await screen.findByTestId('stat-comments')).textContent).toBe('4');
    expect(screen.getByTestId('stat-pages').textContent).toBe('1');
  });

  test('the options page lists the pages seen', async () => {
    const bg = start();
    await bg.fromContent('storeCapture', toJsonPayload(sampleCapture(2)));
    render(<OptionsApp />);
    const pages = await screen.findByTestId('pages-seen');
    expect(within(pages).getByText('Kopi Rindang')).toBeTruthy();
    expect((await screen.findByTestId('stat-comments')).textContent).toBe('3');
  });
});
