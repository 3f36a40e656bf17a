import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { storageProblemOf } from '@/utils/db/upkeep/storage-problem';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage problems from errors', () => {
  test.each([
    { what: 'the browser’s full quota', error: quota(), problem: 'quota' },
    { what: 'Dexie’s own QuotaExceededError', error: new Dexie.QuotaExceededError('full'), problem: 'quota' },
    // A transaction the browser aborted for lack of space.
    {
      what: 'inside an AbortError',
      error: new Dexie.AbortError('Transaction aborted', quota()),
      problem: 'quota',
    },
    {
      what: 'in a bulkPut’s failures',
      error: new Dexie.BulkError('1 of 2 failed', { 1: quota() }),
      problem: 'quota',
    },
    {
      what: 'Firefox’s older name',
      error: { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' },
      problem: 'quota',
    },
    {
      what: 'an upgrade that ran out of space',
      error: new Dexie.DatabaseClosedError(new Dexie.AbortError('aborted', quota())),
      problem: 'quota',
    },
    {
      what: 'a database newer than this code',
      error: new Dexie.DatabaseClosedError(new DOMException('requested version is less', 'VersionError')),
      problem: 'version',
    },
    { what: 'a failed open', error: new Dexie.OpenFailedError(new Error('boom')), problem: 'version' },
    {
      what: 'a failed upgrade',
      error: new Dexie.UpgradeError('cannot change primary key'),
      problem: 'version',
    },
    { what: 'closed for another’s upgrade', error: new Dexie.DatabaseClosedError(), problem: 'blocked' },
    { what: 'a version change', error: new Dexie.VersionChangeError('changed'), problem: 'blocked' },
  ])('$what is $problem', ({ error, problem }) => {
    expect(storageProblemOf(error)?.problem).toBe(problem);
  });

  test.each([
    ['a bad request', new Error('"storeCapture" has invalid data')],
    ['a missing comment', new Dexie.NotFoundError('no such comment')],
    ['a constraint', new Dexie.ConstraintError('key already exists')],
    ['a thrown string', 'oops'],
    ['nothing', undefined],
  ])('%s is no storage problem', (_, error) => {
    expect(storageProblemOf(error)).toBeNull();
  });

  test('keeps the original words for a bug report', () => {
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted', quota()))?.detail).toMatch(
      /^AbortError: Transaction aborted/,
    );
  });

  test('an error that wraps itself is read once', () => {
    const error = Object.assign(new Error('loop'), { inner: null as unknown });
    error.inner = error;
    expect(storageProblemOf(error)).toBeNull();
  });
});
