import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../bench/eval/args';
import { dataDirFor, planFiles } from '../../../bench/eval/files';
import { DataError, parseJsonl } from '../../../bench/eval/load';
import { extractMentions, kindFromName } from '../../../bench/eval/rows';

const row = (o: object): string => JSON.stringify(o);

describe('parseJsonl', () => {
  const good = row({ id: 's1', lang: 'id', text: 'enak', label: 'positive' });

  it('reads sentiment rows and skips blank lines', () => {
    const f = parseJsonl('sentiment-x.jsonl', `${good}\n\n${good}\n`, 'fail');
    expect(f.kind).toBe('sentiment');
    expect(f.items).toHaveLength(2);
    expect(f.items[1]?.line).toBe(3);
    expect(f.items[0]?.gold).toEqual({ sentiment: 'positive', language: 'id' });
  });

  it('fails on the first bad line in fail mode, naming file and line', () => {
    expect(() => parseJsonl('sentiment-x.jsonl', `${good}\n{oops\n`, 'fail')).toThrow(DataError);
    expect(() => parseJsonl('sentiment-x.jsonl', `${good}\n{oops\n`, 'fail')).toThrow(
      /sentiment-x\.jsonl:2: not valid JSON/,
    );
    const wrongLabel = row({ text: 'x', label: 'happy' });
    expect(() => parseJsonl('sentiment-x.jsonl', wrongLabel, 'fail')).toThrow(/:1: label/);
  });

  it('skips and counts bad lines in skip mode', () => {
    const f = parseJsonl('sentiment-x.jsonl', `[1]\n${good}\n${row({ label: 'neutral' })}\n`, 'skip');
    expect(f.items).toHaveLength(1);
    expect(f.skipped.map((b) => b.line)).toEqual([1, 3]);
    expect(f.skipped[1]?.message).toMatch(/text/);
  });

  it('reads engagement rows with context and mentions', () => {
    const e = row({
      id: 'c1',
      platform: 'instagram',
      lang: 'mixed',
      text: '@dinda.rk cobain deh',
      stage: 'curation',
      sentiment: 'positive',
      intents: ['praise'],
      depth: 1,
    });
    const f = parseJsonl('engagement-x.jsonl', e, 'fail');
    const item = f.items[0];
    expect(item?.context).toEqual({ platform: 'instagram', isReply: true, mentions: ['dinda.rk'] });
    expect(item?.gold).toEqual({
      stage: 'curation',
      sentiment: 'positive',
      intents: ['praise'],
      language: 'mixed',
    });
    expect(() =>
      parseJsonl(
        'engagement-x.jsonl',
        row({ text: 'x', stage: 'lurking', sentiment: 'neutral', intents: [] }),
        'fail',
      ),
    ).toThrow(/stage/);
  });

  it('guesses the kind of a file with another name, and ignores unknown languages', () => {
    const f = parseJsonl(
      'mine.jsonl',
      row({ text: 'x', stage: 'creation', sentiment: 'neutral', intents: [], lang: 'jv' }),
      'fail',
    );
    expect(f.kind).toBe('engagement');
    expect(f.items[0]?.gold.language).toBeUndefined();
    expect(parseJsonl('mine.jsonl', good, 'fail').kind).toBe('sentiment');
    expect(
      parseJsonl('emotion-x.jsonl', row({ text: 'x', label: 'anger', lang: 'id' }), 'fail').items[0]?.gold,
    ).toEqual({ language: 'id' });
  });
});

describe('rows', () => {
  it('knows the file kinds by name', () => {
    expect(kindFromName('sentiment-id-smsa-valid.jsonl')).toBe('sentiment');
    expect(kindFromName('engagement-dev.jsonl')).toBe('engagement');
    expect(kindFromName('emotion-id.jsonl')).toBe('emotion');
    expect(kindFromName('other.jsonl')).toBeUndefined();
  });

  it('extracts @handles but not e-mail addresses', () => {
    expect(extractMentions('@Yati dapet di gerai mana? cc @budi_s. mail a@b.com')).toEqual([
      'Yati',
      'budi_s',
    ]);
    expect(extractMentions('@@@@ @')).toEqual([]);
  });
});

describe('parseArgs', () => {
  it('reads repeatable --data and the flags', () => {
    const a = parseArgs(['--data', 'a.jsonl', '--data=b.jsonl', '--only', '--all', '--passes', '3']);
    expect(a).toEqual({ data: ['a.jsonl', 'b.jsonl'], only: true, all: true, passes: 3, help: false });
    expect(parseArgs([]).passes).toBe(5);
  });

  it('rejects bad command lines', () => {
    expect(() => parseArgs(['--data'])).toThrow(UsageError);
    expect(() => parseArgs(['--only'])).toThrow(/--only needs/);
    expect(() => parseArgs(['--passes', '0'])).toThrow(/--passes/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown argument/);
  });
});

describe('planFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tanggap-eval-'));
  for (const n of ['sentiment-a.jsonl', 'sentiment-id-smsa-train.jsonl', 'README.md'])
    writeFileSync(join(dir, n), '');
  const extra = join(dir, 'extra.jsonl');
  writeFileSync(extra, '');

  it('takes the shared *.jsonl files, leaves training data out unless --all, adds --data', () => {
    const plan = planFiles(parseArgs(['--data', extra]), dir, '/');
    expect(plan.files.map((f) => [f.path.split('/').pop(), f.mode])).toEqual([
      ['extra.jsonl', 'fail'],
      ['sentiment-a.jsonl', 'skip'],
    ]);
    expect(plan.leftOut).toEqual(['sentiment-id-smsa-train.jsonl']);
    expect(planFiles(parseArgs(['--all']), dir, '/').files).toHaveLength(3);
    expect(planFiles(parseArgs(['--data', extra, '--only']), dir, '/').files).toHaveLength(1);
  });

  it('explains a missing data folder or --data file', () => {
    expect(() => planFiles(parseArgs([]), join(dir, 'nope'), '/')).toThrow(
      /data folder not found.*TANGGAP_DATA_DIR/s,
    );
    expect(planFiles(parseArgs(['--data', extra]), join(dir, 'nope'), '/').warning).toMatch(/not found/);
    expect(() => planFiles(parseArgs(['--data', 'missing.jsonl']), dir, dir)).toThrow(
      /--data file not found/,
    );
  });

  it('resolves the data folder beside the repo unless TANGGAP_DATA_DIR says otherwise', () => {
    expect(dataDirFor('/r/main', {})).toBe('/r/shared/data');
    expect(dataDirFor('/r/main', { TANGGAP_DATA_DIR: '/d' })).toBe('/d');
  });
});
