import { i18n } from '#imports';

// Made on first use: the page's language is set when it mounts, after this module loads.
let formats: { dateTime: Intl.DateTimeFormat; number: Intl.NumberFormat } | null = null;
function intl() {
  const lang = document.documentElement.lang || undefined;
  formats ??= {
    dateTime: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
    number: new Intl.NumberFormat(lang),
  };
  return formats;
}

export const formatTime = (ms: number): string => intl().dateTime.format(ms);

/** A response time as "25 min", "3 h", "2 d". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return i18n.t('history.minutes', [String(minutes)]);
  if (minutes < 48 * 60) return i18n.t('history.hours', [String(Math.round(minutes / 60))]);
  return i18n.t('history.days', [String(Math.round(minutes / 1_440))]);
}

/** "12,345 comments" in the plural form the count takes. */
export function countText(n: number): string {
  return i18n.t('history.count', n === 0 || n === 1 ? n : 2, [intl().number.format(n)]);
}
