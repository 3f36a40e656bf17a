/**
 * The storage troubles a moderator can act on (issue 6):
 * - quota: the browser will not let Tanggap store more (free disk space, delete old data);
 * - blocked: an upgrade waits for another Tanggap page holding the old version, or that page
 *   closed ours to upgrade (close other Tanggap pages, reload);
 * - version: this Tanggap could not open the stored database (made by a newer Tanggap, or an
 *   upgrade failed and was rolled back): the data stays as it was (reload, update Tanggap).
 */
export type StorageProblemKind = 'quota' | 'blocked' | 'version';

export interface StorageProblem {
  problem: StorageProblemKind;
  /** The browser's or Dexie's own words, for a bug report. */
  detail: string;
}

// Firefox's older name for a full quota.
const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const OPEN_FAILED = new Set(['VersionError', 'UpgradeError', 'OpenFailedError']);
const CLOSED = new Set(['DatabaseClosedError', 'VersionChangeError']);

/**
 * What storage trouble an error stands for, or null for any other error. Dexie wraps the
 * browser's error (AbortError → inner, BulkError → failures, DatabaseClosedError → the open's
 * error), so the whole chain is searched; a full quota anywhere in it wins.
 */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const names = chain(error).map((e) => e.name);
  const detail = describeError(error);
  if (names.some((n) => QUOTA.has(n))) return { problem: 'quota', detail };
  if (names.some((n) => OPEN_FAILED.has(n))) return { problem: 'version', detail };
  if (!names.some((n) => CLOSED.has(n))) return null;
  // Closed because the open failed (Dexie keeps that error inside), or closed for another's upgrade.
  return { problem: names.some((n) => !CLOSED.has(n)) ? 'version' : 'blocked', detail };
}

/** The error and everything it wraps, each once. */
function chain(error: unknown): { name: string }[] {
  const found: { name: string }[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown) => {
    if (typeof e !== 'object' || e === null || seen.has(e) || seen.size > 50) return;
    seen.add(e);
    const { name, inner, cause, failures } = e as Record<string, unknown>;
    if (typeof name === 'string') found.push({ name });
    visit(inner);
    visit(cause);
    if (Array.isArray(failures)) failures.forEach(visit);
    else if (typeof failures === 'object' && failures !== null) Object.values(failures).forEach(visit);
  };
  visit(error);
  return found;
}

/** "Name: message", short enough to show. */
export function describeError(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${String(name ?? 'Error')}: ${String(message ?? '')}`.slice(0, 500);
  }
  return String(error).slice(0, 500);
}

/** Thrown to the asking page instead of the raw error: says what happened and what to do. */
export class StorageProblemError extends Error {
  override name = 'StorageProblem';
  constructor(
    readonly problem: StorageProblemKind,
    message: string,
  ) {
    super(message);
  }
}
