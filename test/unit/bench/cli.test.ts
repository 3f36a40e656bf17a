import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'tanggap-cli-'));

function evalRun(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ['bench/eval.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', () => {
  it('scores a --data file and ends with one JSON line', { timeout: 60_000 }, () => {
    const file = join(dir, 'engagement-mine.jsonl');
    const row = { id: 'm1', platform: 'facebook', lang: 'id', text: 'SECRET-TEXT @budi', stage: 'curation' };
    writeFileSync(file, `${JSON.stringify({ ...row, sentiment: 'neutral', intents: ['question'] })}\n`);
    const r = evalRun('--data', file, '--only', '--passes', '1');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const json = JSON.parse(lines.at(-1) ?? '') as Record<string, Record<string, unknown>>;
    const figures = json['engagement-mine.jsonl'];
    expect(figures?.['rows']).toBe(1);
    expect(Object.keys(figures ?? {})).toEqual(
      expect.arrayContaining(['sentiment', 'stage', 'intents', 'language', 'peers', 'usPerComment']),
    );
    expect(r.stdout).not.toContain('SECRET-TEXT');
  });

  it('fails with file and line on a bad --data line, without printing its text', { timeout: 60_000 }, () => {
    const file = join(dir, 'sentiment-bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ text: 'ok', label: 'neutral' })}\n{"text": "SECRET-TEXT" oops}\n`,
    );
    const r = evalRun('--data', file, '--only');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sentiment-bad\.jsonl:2: not valid JSON/);
    expect(r.stderr + r.stdout).not.toContain('SECRET-TEXT');
  });

  it('explains a missing data folder', { timeout: 60_000 }, () => {
    const r = spawnSync(tsx, ['bench/eval.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TANGGAP_DATA_DIR: join(dir, 'missing') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/evaluation data folder not found/);
  });
});
