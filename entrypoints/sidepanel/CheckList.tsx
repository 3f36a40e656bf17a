import { i18n } from '#imports';
import { messageName, type CheckResult, type Finding } from '@/utils/replies/check';

/** The reply check: the score, then each rule by its principle, failures first with how to fix them. */
export function CheckList({ result }: { result: CheckResult }) {
  return (
    <section aria-label={i18n.t('sidepanel.checkTitle')} data-testid="check">
      <p>
        <strong data-testid="check-score">
          {i18n.t('check.score', [String(Math.round(result.score * 100))])}
        </strong>
      </p>
      <ul className="plain findings">
        {result.findings.map((finding) => (
          <li
            key={finding.rule}
            className={finding.ok ? 'ok' : 'fail'}
            data-rule={finding.rule}
            data-ok={finding.ok}
          >
            <span aria-hidden="true">{finding.ok ? '✓' : '✗'}</span>{' '}
            <span className="chip">{i18n.t(`check.principle.${finding.principle}`)}</span>{' '}
            {findingText(finding)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function findingText(finding: Finding): string {
  const key = `check.${messageName(finding.rule)}.${finding.ok ? 'ok' : 'fix'}`;
  return (i18n.t as (key: string, substitutions?: string[]) => string)(key, [...finding.detail]);
}
