import { browser, i18n } from '#imports';

const number = (n: number, digits: number) =>
  n.toLocaleString(browser.i18n.getUILanguage(), { maximumFractionDigits: digits });

/**
 * Minutes as "45 min", "1.5 h", "3 d": a median of 1.5 hours must not read as 2 hours against a
 * one-hour target, so hours keep a decimal below ten.
 */
export function duration(minutes: number): string {
  const m = Math.max(0, minutes);
  if (m < 60) return i18n.t('insights.minutes', [number(Math.round(m), 0)]);
  if (m < 10 * 60) return i18n.t('insights.hours', [number(m / 60, 1)]);
  if (m < 48 * 60) return i18n.t('insights.hours', [number(Math.round(m / 60), 0)]);
  return i18n.t('insights.days', [number(m / 1_440, m < 10 * 1_440 ? 1 : 0)]);
}
