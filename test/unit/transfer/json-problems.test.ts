import { beforeAll, describe, expect, test } from 'vitest';
import { TanggapDb } from '@/utils/db/database';
import type { Envelope } from '@/utils/transfer/envelope';
import { GROUPS } from '@/utils/transfer/envelope';
import { readExport } from '@/utils/transfer/read-export';
import { readTanggapJson } from '@/utils/transfer/read-json';
import { seedDb, T0 } from './seed';

// A real export of a seeded database, broken one way per case.
let valid: Envelope;
beforeAll(async () => {
  const db = new TanggapDb(`problems-${crypto.randomUUID()}`);
  await seedDb(db);
  valid = await readExport(db, [...GROUPS], T0);
  await db.delete();
});

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const broken = (change: (file: Mutable) => void) => {
  const file = structuredClone(valid) as Mutable;
  change(file);
  return JSON.stringify(file);
};
const problemsOf = (text: string) => {
  const read = readTanggapJson(text);
  return read.ok ? [] : read.problems;
};

describe('JSON import: every problem, at its place', () => {
  test('the valid export reads back', () => {
    expect(readTanggapJson(JSON.stringify(valid)).ok).toBe(true);
  });

  test.each([
    [
      'a wrong type',
      (f: Mutable) => (f.parts.replies[1].checkScore = 'tinggi'),
      'parts.replies[1].checkScore',
      'type',
      ['number', 'string'],
    ],
    [
      'a missing field',
      (f: Mutable) => delete f.parts.comments[2].text,
      'parts.comments[2].text',
      'missing',
      ['string'],
    ],
    [
      'a value out of a list',
      (f: Mutable) => (f.parts.annotations[0].stage = 'buying'),
      'parts.annotations[0].stage',
      'oneOf',
      ['"consumption", "curation", "creation", "collaboration"'],
    ],
    [
      'an unknown field',
      (f: Mutable) => (f.parts.posts[0].likes = 3),
      'parts.posts[0]',
      'unknownFields',
      ['likes'],
    ],
    [
      'a number out of range',
      (f: Mutable) => (f.parts.replies[0].checkScore = 1.5),
      'parts.replies[0].checkScore',
      'tooBig',
      ['1'],
    ],
    [
      'too long a text',
      (f: Mutable) => (f.parts.templates[0].title = 'x'.repeat(121)),
      'parts.templates[0].title',
      'tooLong',
      ['120'],
    ],
    [
      'an empty required text',
      (f: Mutable) => (f.parts.pages[0].id = ''),
      'parts.pages[0].id',
      'tooShort',
      ['1'],
    ],
    [
      'an unknown placeholder',
      (f: Mutable) => (f.parts.templates[1].text = 'Halo {{nama}'),
      'parts.templates[1].text',
      'invalid',
      ['Unknown placeholders: nama'],
    ],
    [
      'a tag event of unknown kind',
      (f: Mutable) => (f.parts.annotationHistory[0].kind = 'bulk'),
      'parts.annotationHistory[0].kind',
      'oneOf',
      ['"auto", "manual"'],
    ],
    ['a bad time stamp', (f: Mutable) => (f.exportedAt = 'kemarin'), 'exportedAt', 'format', ['datetime']],
    [
      'a nested voice field',
      (f: Mutable) => (f.parts.brandVoice.maxLength.instagram = 5),
      'parts.brandVoice.maxLength.instagram',
      'tooSmall',
      ['40'],
    ],
    ['an unknown part', (f: Mutable) => (f.parts.users = []), 'parts', 'unknownFields', ['users']],
    [
      'the same comment twice',
      (f: Mutable) => f.parts.comments.push(f.parts.comments[1]),
      'parts.comments[5]',
      'duplicate',
      ['parts.comments[1]'],
    ],
    [
      'the same reply number twice',
      (f: Mutable) => (f.parts.replies[1].id = f.parts.replies[0].id),
      'parts.replies[1].id',
      'duplicate',
      ['parts.replies[0].id'],
    ],
  ])('%s', (_, change, path, code, values) => {
    expect(problemsOf(broken(change))).toEqual([{ place: { path }, code, values }]);
  });

  test('a file that is not ours gets one clear problem, not hundreds', () => {
    expect(problemsOf('{"comments": [')).toEqual([
      { place: null, code: 'notJson', values: [expect.any(String)] },
    ]);
    expect(problemsOf('[1, 2, 3]')).toEqual([{ place: { path: 'format' }, code: 'notTanggap', values: [] }]);
    expect(problemsOf(broken((f) => (f.format = 'other')))).toEqual([
      { place: { path: 'format' }, code: 'notTanggap', values: [] },
    ]);
    expect(problemsOf(broken((f) => (f.version = 2)))).toEqual([
      { place: { path: 'version' }, code: 'newerVersion', values: ['2'] },
    ]);
    expect(problemsOf(broken((f) => (f.parts = {})))).toEqual([
      { place: { path: 'parts' }, code: 'noParts', values: [] },
    ]);
  });

  test('all problems of a file come at once', () => {
    const text = broken((f) => {
      f.parts.replies[1].checkScore = 'tinggi';
      f.parts.comments[3].reactions = -1;
      f.parts.templates[2].lang = 'fr';
      f.parts.comments.push(f.parts.comments[0]);
    });
    expect(problemsOf(text).map((p) => p.place)).toEqual([
      { path: 'parts.comments[3].reactions' },
      { path: 'parts.replies[1].checkScore' },
      { path: 'parts.templates[2].lang' },
      { path: 'parts.comments[5]' },
    ]);
  });

  test('a byte-order mark before the JSON is fine', () => {
    expect(readTanggapJson(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
  });
});
