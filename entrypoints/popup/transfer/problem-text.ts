import { i18n } from '#imports';
import type { Place, Problem, ProblemCode } from '@/utils/transfer/problems';

type Say = (v: string[]) => string;
const v = (values: string[], i: number) => values[i] ?? '';

/** Each problem code in the user's language; typed, so a code without a message fails the build. */
const MESSAGES: Record<ProblemCode, Say> = {
  notJson: (x) => i18n.t('transfer.problem.notJson', [v(x, 0)]),
  notTanggap: () => i18n.t('transfer.problem.notTanggap'),
  newerVersion: (x) => i18n.t('transfer.problem.newerVersion', [v(x, 0)]),
  noParts: () => i18n.t('transfer.problem.noParts'),
  missing: (x) => i18n.t('transfer.problem.missing', [v(x, 0)]),
  type: (x) => i18n.t('transfer.problem.type', [v(x, 0), v(x, 1)]),
  tooLong: (x) => i18n.t('transfer.problem.tooLong', [v(x, 0)]),
  tooShort: (x) => i18n.t('transfer.problem.tooShort', [v(x, 0)]),
  tooBig: (x) => i18n.t('transfer.problem.tooBig', [v(x, 0)]),
  tooSmall: (x) => i18n.t('transfer.problem.tooSmall', [v(x, 0)]),
  tooMany: (x) => i18n.t('transfer.problem.tooMany', [v(x, 0)]),
  oneOf: (x) => i18n.t('transfer.problem.oneOf', [v(x, 0)]),
  unknownFields: (x) => i18n.t('transfer.problem.unknownFields', [v(x, 0)]),
  format: (x) => i18n.t('transfer.problem.format', [v(x, 0)]),
  invalid: (x) => i18n.t('transfer.problem.invalid', [v(x, 0)]),
  duplicate: (x) => i18n.t('transfer.problem.duplicate', [v(x, 0)]),
  duplicateRow: (x) => i18n.t('transfer.problem.duplicateRow', [v(x, 0)]),
  duplicateColumn: (x) => i18n.t('transfer.problem.duplicateColumn', [v(x, 0)]),
  csvSyntax: (x) => i18n.t('transfer.problem.csvSyntax', [v(x, 0)]),
  columnCount: (x) => i18n.t('transfer.problem.columnCount', [v(x, 0), v(x, 1)]),
  missingColumn: (x) => i18n.t('transfer.problem.missingColumn', [v(x, 0)]),
  unknownColumn: (x) => i18n.t('transfer.problem.unknownColumn', [v(x, 0)]),
  noRows: () => i18n.t('transfer.problem.noRows'),
};

export function placeText(place: Place): string {
  if (place === null) return i18n.t('transfer.wholeFile');
  if ('path' in place) return place.path;
  return place.column === null
    ? i18n.t('transfer.row', [String(place.row)])
    : i18n.t('transfer.rowColumn', [String(place.row), place.column]);
}

export function problemText(problem: Problem): string {
  return MESSAGES[problem.code](problem.values);
}
