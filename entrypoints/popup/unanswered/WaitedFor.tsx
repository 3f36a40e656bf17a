import { i18n } from '#imports';
import { duration } from '../insights/duration';

/** "waiting 25 min (target 1 h)", in red once late. */
export function WaitedFor({
  minutes,
  target,
  late,
}: {
  minutes: number | null;
  target: number;
  late: boolean;
}) {
  if (minutes === null) return null;
  return (
    <span className={late ? 'age late' : 'age'} data-testid="waited">
      {i18n.t(late ? 'unanswered.late' : 'unanswered.waiting', [duration(minutes), duration(target)])}
    </span>
  );
}
