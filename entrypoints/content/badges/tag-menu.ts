import { i18n } from '#imports';
import { SENTIMENTS, STAGES, type Sentiment, type Stage } from '@/utils/analysis/labels';
import type { BadgeView } from './view';

export type TagPick = { field: 'stage'; value: Stage } | { field: 'sentiment'; value: Sentiment };

/**
 * The moderator's correction: every stage and sentiment as one button each, so one click sets
 * it; and "Suggest a reply", which opens the comment in the side panel. Closes on a pick, on
 * Escape, or on a click elsewhere.
 */
export function openTagMenu(
  host: HTMLElement,
  root: ShadowRoot,
  anchor: HTMLElement,
  view: BadgeView,
  onPick: (pick: TagPick) => void,
  onReply: () => void,
): void {
  root.querySelector('.menu')?.remove();
  const menu = document.createElement('div');
  menu.className = 'pop menu';
  menu.setAttribute('role', 'menu');
  const close = () => {
    menu.remove();
    host.removeAttribute('data-menu-open');
    anchor.setAttribute('aria-expanded', 'false');
    document.removeEventListener('click', close, true);
  };
  const group = <T extends string>(
    field: TagPick['field'],
    values: readonly T[],
    current: T,
    pick: (v: T) => TagPick,
  ) => {
    const set = document.createElement('fieldset');
    const title = document.createElement('legend');
    title.textContent = i18n.t(field === 'stage' ? 'badge.changeStage' : 'badge.changeSentiment');
    set.append(title);
    for (const value of values) {
      const item = document.createElement('button');
      item.type = 'button';
      item.setAttribute('role', 'menuitemradio');
      item.setAttribute('aria-checked', String(value === current));
      item.dataset.value = value;
      item.textContent = i18n.t(`${field}.${value}` as `stage.${Stage}` | `sentiment.${Sentiment}`);
      item.addEventListener('click', (event) => {
        event.stopPropagation();
        close();
        onPick(pick(value));
      });
      set.append(item);
    }
    menu.append(set);
  };
  group('stage', STAGES, view.stage, (value) => ({ field: 'stage', value }));
  group('sentiment', SENTIMENTS, view.sentiment, (value) => ({ field: 'sentiment', value }));
  const reply = document.createElement('button');
  reply.type = 'button';
  reply.className = 'reply';
  reply.setAttribute('role', 'menuitem');
  reply.textContent = i18n.t('badge.suggestReply');
  reply.addEventListener('click', (event) => {
    event.stopPropagation();
    close();
    // Synchronously, inside the click: opening the side panel needs the user's gesture.
    onReply();
  });
  menu.append(reply);
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      anchor.focus();
    }
  });
  root.append(menu);
  host.setAttribute('data-menu-open', '');
  anchor.setAttribute('aria-expanded', 'true');
  menu.querySelector<HTMLButtonElement>('button[aria-checked="true"]')?.focus();
  // A click anywhere else closes it; deferred so this very click does not.
  setTimeout(() => document.addEventListener('click', close, true), 0);
}
