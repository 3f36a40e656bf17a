import type { ContentScriptContext } from '#imports';

export type StatusKind = 'ok' | 'error';

export interface StatusChip {
  show(text: string, kind: StatusKind): void;
  setCount(count: number): void;
  /** The count last set, if any. */
  readonly count: number | null;
  readonly kind: StatusKind | null;
  owns(node: Node): boolean;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.chip {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
  font: 600 12px/1.4 system-ui, sans-serif; padding: 6px 10px; border-radius: 999px;
  background: #0f766e; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}
.chip[data-kind='error'] { background: #b91c1c; }
`;

/**
 * Our own element beside the page's, in a closed-off shadow root: the page's React never sees
 * it, and the page's CSS cannot restyle it. Page text never goes in here.
 */
export function mountStatus(ctx: ContentScriptContext): StatusChip {
  const host = document.createElement('tanggap-status');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const chip = document.createElement('div');
  chip.className = 'chip';
  chip.setAttribute('role', 'status');
  root.append(style, chip);
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());

  return {
    show(text, kind) {
      // Called after every scan: rewriting the same text would still cost the page a layout.
      if (chip.textContent === text && chip.dataset.kind === kind) return;
      chip.textContent = text;
      chip.dataset.kind = kind;
      host.dataset.kind = kind;
    },
    setCount(count) {
      if (host.dataset.comments !== String(count)) host.dataset.comments = String(count);
    },
    get kind() {
      return (chip.dataset.kind as StatusKind | undefined) ?? null;
    },
    get count() {
      return host.dataset.comments === undefined ? null : Number(host.dataset.comments);
    },
    owns: (node) => node === host || host.contains(node) || root.contains(node),
    remove: () => host.remove(),
  };
}
