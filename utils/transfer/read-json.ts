import { envelopeSchema, FORMAT, VERSION, type Parts } from './envelope';
import { duplicateProblems } from './identity';
import { jsonProblems, type Problem } from './problems';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Reads a Tanggap JSON export and reports every problem at once, each at its JSON path, so the
 * user can fix the file in one pass. A file that is not ours gets one problem, not hundreds.
 */
export function readTanggapJson(text: string): ReadResult<Parts> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail({ place: null, code: 'notJson', values: [(error as Error).message] });
  }
  const envelope = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  if ((envelope as { format?: unknown }).format !== FORMAT)
    return fail({ place: { path: 'format' }, code: 'notTanggap', values: [] });
  const version = (envelope as { version?: unknown }).version;
  if (typeof version === 'number' && version > VERSION)
    return fail({ place: { path: 'version' }, code: 'newerVersion', values: [String(version)] });

  const parsed = envelopeSchema.safeParse(raw, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : jsonProblems(parsed.error)),
    ...duplicateProblems((envelope as { parts?: unknown }).parts),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  if (Object.keys(parsed.data.parts).length === 0)
    return fail({ place: { path: 'parts' }, code: 'noParts', values: [] });
  return { ok: true, value: parsed.data.parts };
}

function fail(problem: Problem): ReadResult<never> {
  return { ok: false, problems: [problem] };
}
