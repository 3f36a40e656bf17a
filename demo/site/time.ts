/**
 * Relative times as the sites print them, so the demo always looks freshly posted: content
 * stores ages in minutes and the request's `now` turns them into labels and ISO dates.
 */

export type FacebookLocale = 'en' | 'id';

interface Span {
  unit: 'minute' | 'hour' | 'day' | 'week';
  count: number;
}

function spanOf(minutes: number): Span {
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return { unit: 'minute', count: m };
  if (m < 60 * 24) return { unit: 'hour', count: Math.floor(m / 60) };
  if (m < 60 * 24 * 7) return { unit: 'day', count: Math.floor(m / (60 * 24)) };
  return { unit: 'week', count: Math.floor(m / (60 * 24 * 7)) };
}

const SHORT: Record<FacebookLocale, Record<Span['unit'], string>> = {
  en: { minute: 'm', hour: 'h', day: 'd', week: 'w' },
  id: { minute: ' mnt', hour: ' j', day: ' h', week: ' mgg' },
};

const ID_LONG: Record<Span['unit'], string> = { minute: 'menit', hour: 'jam', day: 'hari', week: 'minggu' };
const EN_ONE: Record<Span['unit'], string> = {
  minute: 'a minute',
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
};

/** "2h" / "2 j": the text of a Facebook timestamp link. */
export function facebookShort(minutes: number, locale: FacebookLocale): string {
  const { unit, count } = spanOf(minutes);
  return `${count}${SHORT[locale][unit]}`;
}

/** "3 hours ago" / "3 jam yang lalu": the tail of a Facebook comment's aria-label. */
export function facebookLong(minutes: number, locale: FacebookLocale): string {
  const { unit, count } = spanOf(minutes);
  if (locale === 'id') return `${count} ${ID_LONG[unit]} yang lalu`;
  return count === 1 ? `${EN_ONE[unit]} ago` : `${count} ${unit}s ago`;
}

/** "2h", "3d", "1w": Instagram's timestamp text. */
export function instagramShort(minutes: number): string {
  return facebookShort(minutes, 'en');
}

export function isoAt(now: number, minutesAgo: number): string {
  return new Date(now - minutesAgo * 60_000).toISOString();
}

/** "November 25, 2026": Instagram's tooltip on timestamps. */
export function longDate(now: number, minutesAgo: number): string {
  return new Date(now - minutesAgo * 60_000).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
