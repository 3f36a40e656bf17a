import { describe, expect, test, vi } from 'vitest';
import { createBadge } from '@/entrypoints/content/badges/badge';
import type { BadgeView } from '@/entrypoints/content/badges/view';

const view: BadgeView = {
  commentId: 'facebook:1',
  stage: 'curation',
  sentiment: 'negative',
  intents: ['complaint', 'urgent', 'praise'],
  confidence: 0.72,
  cues: ['<img src=x onerror=alert(1)>', 'blm nyampe'],
  manualBy: null,
  byPage: false,
};

const noop = () => undefined;

describe('badge', () => {
  test('shows the stage, the sentiment and icons for the flagged intents only', () => {
    const badge = createBadge(noop, noop);
    badge.render(view);
    const root = badge.host.shadowRoot!;
    expect(badge.host.dataset).toMatchObject({ stage: 'curation', sentiment: 'negative', source: 'auto' });
    expect(root.querySelector('.stage')?.textContent).toBe('Curation');
    expect([...root.querySelectorAll('.icon')].map((i) => i.getAttribute('data-intent'))).toEqual([
      'urgent',
      'complaint',
    ]);
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('Tanggap tag: Curation, Negative');
  });

  test('hover explains with the cues, as text', () => {
    const badge = createBadge(noop, noop);
    badge.render(view);
    badge.host.dispatchEvent(new Event('pointerenter'));
    const why = badge.host.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(why.textContent).toContain('Why: <img src=x onerror=alert(1)>, blm nyampe');
    expect(why.querySelector('img')).toBeNull();
    expect(why.textContent).toContain('Confidence 72%');
  });

  test('a click opens the menu; one click on a stage reports the pick and closes it', () => {
    const onPick = vi.fn();
    const badge = createBadge(onPick, noop);
    document.body.append(badge.host);
    badge.render(view);
    const root = badge.host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.badge')!.click();
    const items = [...root.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];
    expect(items.map((i) => i.textContent)).toEqual([
      'Consumption',
      'Curation',
      'Creation',
      'Collaboration',
      'Positive',
      'Neutral',
      'Negative',
    ]);
    expect(items.find((i) => i.getAttribute('aria-checked') === 'true')?.textContent).toBe('Curation');
    items.find((i) => i.textContent === 'Creation')!.click();
    expect(onPick).toHaveBeenCalledWith({ field: 'stage', value: 'creation' }, 'facebook:1');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    badge.host.remove();
  });

  test('"Suggest a reply" in the menu asks for this comment in the side panel, and closes the menu', () => {
    const onReply = vi.fn();
    const badge = createBadge(noop, onReply);
    document.body.append(badge.host);
    badge.render(view);
    const root = badge.host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.badge')!.click();
    const reply = root.querySelector<HTMLButtonElement>('[role="menuitem"].reply')!;
    expect(reply.textContent).toBe('Suggest a reply');
    reply.click();
    expect(onReply).toHaveBeenCalledWith('facebook:1');
    expect(root.querySelector('[role="menu"]')).toBeNull();
    badge.host.remove();
  });

  test('a manual tag looks different and names who set it', () => {
    const badge = createBadge(noop, noop);
    badge.render({ ...view, manualBy: 'Rina' });
    expect(badge.host.dataset.source).toBe('manual');
    badge.host.dispatchEvent(new Event('focusin'));
    expect(badge.host.shadowRoot!.querySelector('[role="tooltip"]')?.textContent).toContain('Set by Rina');
  });

  test("the brand's own reply is marked as such, with nothing to correct", () => {
    const badge = createBadge(noop, noop);
    document.body.append(badge.host);
    badge.render({ ...view, byPage: true });
    const root = badge.host.shadowRoot!;
    expect(badge.host.dataset.source).toBe('page');
    expect(root.querySelector('.stage')?.textContent).toBe('Our reply');
    expect(root.querySelectorAll('.icon')).toHaveLength(0);
    root.querySelector<HTMLButtonElement>('button.badge')!.click();
    expect(root.querySelector('[role="menu"]')).toBeNull();
    badge.host.remove();
  });
});
