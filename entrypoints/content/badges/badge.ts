import { i18n } from '#imports';
import { cachedMessage } from '../messages';
import { adoptStyles } from './sheet';
import { openTagMenu, type TagPick } from './tag-menu';
import { FLAGGED_INTENTS, type BadgeView } from './view';

const label = (key: `stage.${BadgeView['stage']}` | `sentiment.${BadgeView['sentiment']}`) =>
  cachedMessage(key, () => i18n.t(key));

export interface Badge {
  host: HTMLElement;
  render(view: BadgeView): void;
  showError(message: string): void;
}

/**
 * One comment's badge: our own element in its own shadow root, inserted beside the page's nodes.
 * Cheap to create (a host, a button, a few spans); the explanation and the menu are built only
 * when a moderator hovers, focuses or clicks.
 */
export function createBadge(
  onPick: (pick: TagPick, commentId: string) => void,
  onReply: (commentId: string) => void,
): Badge {
  const host = document.createElement('tanggap-badge');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'menu');
  const stage = document.createElement('span');
  stage.className = 'stage';
  // Intent icons go in here, made only for comments that have any.
  let icons: HTMLElement | null = null;
  button.append(stage);
  root.append(button);

  let view: BadgeView | null = null;
  let why: HTMLElement | null = null;
  const explain = () => {
    if (!view) return;
    why?.remove();
    why = explanation(view);
    root.append(why);
  };
  host.addEventListener('pointerenter', explain);
  host.addEventListener('focusin', explain);
  button.addEventListener('click', (event) => {
    // The page's own handlers must not see clicks on our UI.
    event.stopPropagation();
    const current = view;
    if (current && !current.byPage)
      openTagMenu(
        host,
        root,
        button,
        current,
        (pick) => onPick(pick, current.commentId),
        () => onReply(current.commentId),
      );
  });

  return {
    host,
    render(next) {
      view = next;
      host.dataset.commentId = next.commentId;
      host.dataset.stage = next.stage;
      host.dataset.sentiment = next.sentiment;
      host.dataset.source = next.byPage ? 'page' : next.manualBy === null ? 'auto' : 'manual';
      if (next.byPage) {
        stage.textContent = cachedMessage('badge.pageReply', () => i18n.t('badge.pageReply'));
        button.setAttribute('aria-label', stage.textContent);
        button.removeAttribute('aria-haspopup');
        icons?.replaceChildren();
        return;
      }
      const stageName = label(`stage.${next.stage}`);
      stage.textContent = stageName;
      button.setAttribute(
        'aria-label',
        cachedMessage('badge.label', (s) => i18n.t('badge.label', [s[0]!, s[1]!]), [
          stageName,
          label(`sentiment.${next.sentiment}`),
        ]),
      );
      if (next.intents.length > 0 && !icons) {
        icons = document.createElement('span');
        button.append(icons);
      }
      icons?.replaceChildren(...intentIcons(next));
      if (why) explain();
    },
    showError(message) {
      host.dataset.error = message;
      button.title = i18n.t('badge.saveFailed', [message]);
    },
  };
}

function intentIcons(view: BadgeView): HTMLElement[] {
  return FLAGGED_INTENTS.filter(([intent]) => view.intents.includes(intent)).map(([intent, glyph]) => {
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.dataset.intent = intent;
    icon.textContent = glyph;
    icon.title = cachedMessage(`intent.${intent}`, () => i18n.t(`intent.${intent}`));
    return icon;
  });
}

/** Why the badge says what it says: the cues the engine found, and who set it. Text only. */
function explanation(view: BadgeView): HTMLElement {
  const box = document.createElement('div');
  box.className = 'pop why';
  box.setAttribute('role', 'tooltip');
  const line = (text: string, cls?: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (cls) p.className = cls;
    box.append(p);
  };
  if (view.byPage) {
    line(i18n.t('badge.pageReplyWhy'));
    return box;
  }
  line(`${i18n.t(`stage.${view.stage}`)} · ${i18n.t(`sentiment.${view.sentiment}`)}`);
  line(view.cues.length > 0 ? i18n.t('badge.why', [view.cues.join(', ')]) : i18n.t('badge.noCues'));
  if (view.intents.length > 0) line(view.intents.map((i) => i18n.t(`intent.${i}`)).join(' · '));
  line(
    view.manualBy === null
      ? `${i18n.t('badge.auto')} · ${i18n.t('badge.confidence', [String(Math.round(view.confidence * 100))])}`
      : i18n.t('badge.manual', [view.manualBy]),
    'muted',
  );
  return box;
}
