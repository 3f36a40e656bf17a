import type { z } from 'zod';

/** What can be wrong with an imported file; each code has a message `transfer.problem.<code>`. */
export const PROBLEM_CODES = [
  'notJson',
  'notTanggap',
  'newerVersion',
  'noParts',
  'missing',
  'type',
  'tooLong',
  'tooShort',
  'tooBig',
  'tooSmall',
  'tooMany',
  'oneOf',
  'unknownFields',
  'format',
  'invalid',
  'duplicate',
  'duplicateRow',
  'duplicateColumn',
  'csvSyntax',
  'columnCount',
  'missingColumn',
  'unknownColumn',
  'noRows',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Where in the file: a JSON path, a CSV row (as a spreadsheet numbers it) and column, or the whole file. */
export type Place = { path: string } | { row: number; column: string | null } | null;

export interface Problem {
  place: Place;
  code: ProblemCode;
  /** Filled into the message as $1, $2. */
  values: string[];
}

/** `parts.replies[12].checkScore`: how a person would point at a value in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** One zod issue as a problem the popup can say in the user's language. */
export function problemOf(issue: z.core.$ZodIssue, place: Place): Problem {
  const at = (code: ProblemCode, ...values: Array<string | number | bigint>) => ({
    place,
    code,
    values: values.map(String),
  });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? at('missing', issue.expected)
        : at('type', issue.expected, typeName(issue.input));
    case 'too_big':
      if (issue.origin === 'string') return at('tooLong', issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return at('tooMany', issue.maximum);
      return at('tooBig', issue.maximum);
    case 'too_small':
      if (issue.origin === 'string') return at('tooShort', issue.minimum);
      return at('tooSmall', issue.minimum);
    case 'invalid_value':
      return at('oneOf', issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return at('unknownFields', issue.keys.join(', '));
    case 'invalid_format':
      return at('format', issue.format);
    case 'invalid_union':
      // A discriminated union names the allowed values of its discriminator.
      if ('options' in issue && Array.isArray(issue.options))
        return at('oneOf', issue.options.map((v: unknown) => JSON.stringify(v)).join(', '));
      return at('invalid', issue.message);
    default:
      return at('invalid', issue.message);
  }
}

/** Every issue of a failed parse, each at its JSON path below `prefix`. */
export function jsonProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => problemOf(issue, { path: jsonPath([...prefix, ...issue.path]) }));
}
