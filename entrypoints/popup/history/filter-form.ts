import type { Platform } from '@/utils/capture/schema';
import type { HistoryFilters, HistoryQuery } from '@/utils/db/history/filters';
import type { Intent, Sentiment, Stage } from '@/utils/db/records';

/** The search form as typed: '' is "any"; dates as the date inputs give them (YYYY-MM-DD). */
export interface FilterForm {
  query: string;
  pageId: string;
  platform: '' | Platform;
  stage: '' | Stage;
  sentiment: '' | Sentiment;
  intent: '' | Intent;
  answered: '' | 'answered' | 'unanswered';
  from: string;
  to: string;
}

export const EMPTY_FORM: FilterForm = {
  query: '',
  pageId: '',
  platform: '',
  stage: '',
  sentiment: '',
  intent: '',
  answered: '',
  from: '',
  to: '',
};

/** A moment of a day in the user's own time zone; the whole last day is meant by "until the 5th". */
function onDay(day: string, time: '00:00:00' | '23:59:59.999'): number | undefined {
  const ms = new Date(`${day}T${time}`).getTime();
  return day && Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

const some = <T extends string>(v: '' | T): T | undefined => (v === '' ? undefined : v);

export function toQuery(form: FilterForm): HistoryQuery {
  const filters: HistoryFilters = {
    pageId: some(form.pageId),
    platform: some(form.platform),
    stage: some(form.stage),
    sentiment: some(form.sentiment),
    intent: some(form.intent),
    answered: some(form.answered),
    from: onDay(form.from, '00:00:00'),
    to: onDay(form.to, '23:59:59.999'),
  };
  const set = Object.entries(filters).filter(([, v]) => v !== undefined);
  return { query: form.query.trim(), filters: Object.fromEntries(set) as HistoryFilters };
}
