import { i18n } from '#imports';
import { STAGES, type Stage } from '@/utils/analysis/labels';
import { adoptStyles } from './badges/sheet';
import { cachedMessage } from './messages';

export interface PostCounts {
  comments: number;
  stages: Record<Stage, number>;
  negative: number;
  unanswered: number;
}

export interface PostSummary {
  host: HTMLElement;
  render(counts: PostCounts): void;
}

/** A post's line of counts: how many comments at each stage, how many negative and unanswered. */
export function createPostSummary(): PostSummary {
  const host = document.createElement('tanggap-summary');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  const box = document.createElement('div');
  box.className = 'summary';
  box.setAttribute('role', 'note');
  root.append(box);
  let shown = '';
  return {
    host,
    render(counts) {
      // Every scan recounts; the page is only touched when a number changed.
      const key = JSON.stringify(counts);
      if (key === shown) return;
      shown = key;
      host.dataset.comments = String(counts.comments);
      host.dataset.negative = String(counts.negative);
      host.dataset.unanswered = String(counts.unanswered);
      const part = (text: string, cls?: string) => {
        const span = document.createElement('span');
        span.textContent = text;
        if (cls) span.className = cls;
        return span;
      };
      const title = document.createElement('b');
      title.textContent = cachedMessage('summary.title', () => i18n.t('summary.title'));
      const counted = (key: 'summary.comments' | 'summary.negative' | 'summary.unanswered', n: number) =>
        cachedMessage(key, (s) => i18n.t(key, [s[0]!]), [String(n)]);
      box.replaceChildren(
        title,
        part(counted('summary.comments', counts.comments)),
        ...STAGES.filter((s) => counts.stages[s] > 0).map((s) =>
          part(`${cachedMessage(`stage.${s}`, () => i18n.t(`stage.${s}`))} ${counts.stages[s]}`),
        ),
        part(counted('summary.negative', counts.negative), counts.negative > 0 ? 'neg' : undefined),
        part(counted('summary.unanswered', counts.unanswered), counts.unanswered > 0 ? 'neg' : undefined),
      );
    },
  };
}

/** Counts for one post from its comments' current tags; a comment the page replied to is answered. */
export function countPost(
  comments: ReadonlyArray<{ id: string; parentId: string | null; byPage: boolean }>,
  tagOf: (id: string) => { stage: Stage; sentiment: string } | undefined,
): PostCounts {
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const answered = new Set<string>();
  for (const c of comments) if (c.byPage && c.parentId) answered.add(c.parentId);
  let negative = 0;
  let unanswered = 0;
  let total = 0;
  for (const c of comments) {
    if (c.byPage) continue;
    total++;
    const tag = tagOf(c.id);
    if (tag) {
      stages[tag.stage]++;
      if (tag.sentiment === 'negative') negative++;
    }
    if (c.parentId === null && !answered.has(c.id)) unanswered++;
  }
  return { comments: total, stages, negative, unanswered };
}
