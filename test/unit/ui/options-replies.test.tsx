import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_TEMPLATES } from '@/utils/replies/templates';
import { inProcessBackground } from '../in-process-background';

const background = vi.hoisted(() => ({ current: null as ReturnType<typeof inProcessBackground> | null }));
vi.mock('@/utils/messaging/messenger', () => ({
  sendMessage: (name: never, data: unknown, tabId?: number) =>
    background.current!.messenger.sendMessage(name, data, tabId),
  onMessage: (name: string, listener: never) => background.current!.messenger.onMessage(name, listener),
}));

const { BrandVoiceEditor } = await import('@/entrypoints/options/BrandVoiceEditor');
const { TemplatesEditor } = await import('@/entrypoints/options/TemplatesEditor');

afterEach(async () => {
  await background.current?.db.delete();
});

describe('options: brand voice and templates', () => {
  test('the brand voice is saved as typed, lists one per line', async () => {
    const bg = (background.current = inProcessBackground());
    const user = userEvent.setup();
    render(<BrandVoiceEditor />);
    const form = await screen.findByTestId('brand-voice');
    await user.type(within(form).getByLabelText('Brand name'), 'Kopi Rindang');
    await user.selectOptions(within(form).getByLabelText(/How to address people/), 'bapak-ibu');
    await user.type(within(form).getByLabelText(/Product names/), 'Kopi Susu{Enter}Oat Latte');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('status')).toBeTruthy();
    const voice = (await bg.db.settings.get('brandVoice'))?.value;
    expect(voice).toMatchObject({
      brandName: 'Kopi Rindang',
      honorific: 'bapak-ibu',
      products: ['Kopi Susu', 'Oat Latte'],
    });
  });

  test('the default library is there on first use; a template with an unknown placeholder is refused by name', async () => {
    const bg = (background.current = inProcessBackground());
    const user = userEvent.setup();
    render(<TemplatesEditor />);
    const section = await screen.findByTestId('templates');
    await waitFor(() =>
      expect(section.querySelectorAll('[data-template-id]')).toHaveLength(DEFAULT_TEMPLATES.length),
    );
    await user.click(within(section).getByRole('button', { name: 'New template' }));
    const form = screen.getByTestId('template-form');
    await user.type(within(form).getByLabelText('Name'), 'Promo');
    const text = within(form).getByLabelText('Text');
    await user.clear(text);
    await user.type(text, 'Halo {{nama}, cek promo kami ya');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/nama/);
    expect(await bg.db.templates.count()).toBe(DEFAULT_TEMPLATES.length);

    await user.clear(text);
    await user.type(
      text,
      '{{greeting} {{honorific} {{name?}, promo minggu ini ada di {{brand}! {{signature}',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('template-form')).toBeNull());
    expect(
      await bg.db.templates
        .where('lang')
        .equals('id')
        .filter((t) => t.title === 'Promo')
        .count(),
    ).toBe(1);
  });

  test('a deleted default stays deleted, and restoring brings the defaults back', async () => {
    const bg = (background.current = inProcessBackground());
    const user = userEvent.setup();
    render(<TemplatesEditor />);
    const section = await screen.findByTestId('templates');
    const first = DEFAULT_TEMPLATES[0]!;
    const item = await waitFor(() => {
      const found = section.querySelector<HTMLElement>(`[data-template-id="${first.id}"]`);
      if (!found) throw new Error('not listed yet');
      return found;
    });
    await user.click(within(item).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(section.querySelector(`[data-template-id="${first.id}"]`)).toBeNull());
    expect(await bg.db.templates.get(first.id)).toBeUndefined();
    await user.click(within(section).getByRole('button', { name: 'Restore the default templates' }));
    await waitFor(() => expect(section.querySelector(`[data-template-id="${first.id}"]`)).not.toBeNull());
  });
});
