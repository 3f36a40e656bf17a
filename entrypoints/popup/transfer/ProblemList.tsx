import { i18n } from '#imports';
import type { Problem } from '@/utils/transfer/problems';
import { download } from './download';
import { placeText, problemText } from './problem-text';

/** A long list is cut here on screen; the saved list has every problem the background sent. */
const SHOWN = 200;

/** Why nothing was imported: each problem at its place in the file. */
export function ProblemList({ problems, total }: { problems: Problem[]; total: number }) {
  const save = () => {
    const lines = problems.map((p) => `${placeText(p.place)}\t${problemText(p)}`);
    if (total > problems.length)
      lines.push(i18n.t('transfer.moreProblems', [String(total - problems.length)]));
    download(
      'tanggap-import-problems.txt',
      new Blob([lines.join('\n')], { type: 'text/plain;charset=utf-8' }),
    );
  };
  return (
    <div role="alert" data-testid="import-problems">
      <p className="error">{i18n.t('transfer.problemsFound', total, [String(total)])}</p>
      <ol className="problems">
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <strong className="place">{placeText(problem.place)}</strong> {problemText(problem)}
          </li>
        ))}
      </ol>
      {total > SHOWN && <p className="muted">{i18n.t('transfer.moreProblems', [String(total - SHOWN)])}</p>}
      <button type="button" onClick={save}>
        {i18n.t('transfer.saveProblems')}
      </button>
    </div>
  );
}
