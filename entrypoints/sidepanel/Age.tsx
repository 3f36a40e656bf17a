import { i18n } from '#imports';

/** "waiting 25 min of 1 h": how long a comment has waited against its target. */
export function Age({ minutes, target, late }: { minutes: number | null; target: number; late: boolean }) {
  if (minutes === null) return null;
  return (
    <span className={late ? 'age late' : 'age'} data-testid="age">
      {i18n.t(late ? 'sidepanel.late' : 'sidepanel.waiting', [duration(minutes), duration(target)])}
    </span>
  );
}

/** Minutes as "45 min", "3 h", "2 d": short enough for a narrow panel. */
export function duration(minutes: number): string {
  if (minutes < 60) return i18n.t('sidepanel.minutes', [String(Math.max(0, Math.round(minutes)))]);
  if (minutes < 48 * 60) return i18n.t('sidepanel.hours', [String(Math.round(minutes / 60))]);
  return i18n.t('sidepanel.days', [String(Math.round(minutes / 1_440))]);
}
