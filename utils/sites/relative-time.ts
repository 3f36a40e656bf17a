import type { FacebookLanguage } from './facebook-labels';

/**
 * Facebook prints ages, not dates: "2h", "3 j", "1 mgg" on the permalink and "3 hours ago" /
 * "3 jam yang lalu" at the end of the aria-label. The same letter differs by language ("h" is
 * hours in English, days — hari — in Indonesian), so units are looked up per language.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: Record<FacebookLanguage, Record<string, number>> = {
  en: {
    s: 1000,
    sec: 1000,
    second: 1000,
    m: MINUTE,
    min: MINUTE,
    minute: MINUTE,
    h: HOUR,
    hr: HOUR,
    hour: HOUR,
    d: DAY,
    day: DAY,
    w: 7 * DAY,
    wk: 7 * DAY,
    week: 7 * DAY,
    mo: 30 * DAY,
    month: 30 * DAY,
    y: 365 * DAY,
    yr: 365 * DAY,
    year: 365 * DAY,
  },
  id: {
    dtk: 1000,
    detik: 1000,
    mnt: MINUTE,
    m: MINUTE,
    menit: MINUTE,
    j: HOUR,
    jam: HOUR,
    h: DAY,
    hari: DAY,
    mgg: 7 * DAY,
    minggu: 7 * DAY,
    bln: 30 * DAY,
    bulan: 30 * DAY,
    thn: 365 * DAY,
    tahun: 365 * DAY,
  },
};

/** "hrs" and "hours" are "hr" and "hour": plural s is dropped when the exact unit is unknown. */
function unitOf(word: string, language: FacebookLanguage): number | undefined {
  const units = UNITS[language];
  const lower = word.toLowerCase();
  return units[lower] ?? (lower.endsWith('s') ? units[lower.slice(0, -1)] : undefined);
}

const JUST_NOW = /^(just now|baru saja)$/i;
const SHORT = /^(\d+)\s*([a-z]+)$/i;
const LONG: Record<FacebookLanguage, RegExp> = {
  en: /(\d+|an?)\s+([a-z]+)\s+ago$/i,
  id: /(\d+|se)\s*([a-z]+)\s+yang lalu$/i,
};

/** Milliseconds ago for "2h" / "3 j" / "1 mgg"; null when the text is not an age. */
export function parseShortAge(text: string, language: FacebookLanguage): number | null {
  const trimmed = text.trim();
  if (JUST_NOW.test(trimmed)) return 0;
  const match = SHORT.exec(trimmed);
  const unit = match ? unitOf(match[2] ?? '', language) : undefined;
  return match && unit !== undefined ? Number(match[1]) * unit : null;
}

/** Milliseconds ago from the tail of a label: "… 3 hours ago", "… a day ago", "… 3 jam yang lalu". */
export function parseLongAge(label: string, language: FacebookLanguage): number | null {
  const trimmed = label.trim();
  if (/(just now|baru saja)$/i.test(trimmed)) return 0;
  const match = LONG[language].exec(trimmed);
  if (!match) return null;
  const unit = unitOf(match[2] ?? '', language);
  const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : 1;
  return unit === undefined ? null : count * unit;
}

/** Either form, short first; an epoch-ms estimate relative to `now`. */
export function estimateCreatedAt(
  shortText: string,
  label: string,
  language: FacebookLanguage,
  now: number,
): number | null {
  const age = parseShortAge(shortText, language) ?? parseLongAge(label, language);
  return age === null ? null : Math.max(0, Math.round(now - age));
}
