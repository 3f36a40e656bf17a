import { describe, expect, it } from 'vitest';
import { rawOf, scan } from '../../../utils/analysis/tokenize';
import { UPPER } from '../../../utils/analysis/token';
import { hashOf, KEY_CHARS, packWord } from '../../../utils/analysis/word-key';

/** The hash scan() made for each word-like run, beside the run as written and lower-cased. */
function runs(text: string): { written: string; lower: string; hash: number }[] {
  const b = scan(text);
  const out: { written: string; lower: string; hash: number }[] = [];
  for (let i = 0; i < b.n; i++) {
    if (b.sym[i] !== undefined || rawOf(b, text, i).startsWith('http')) continue;
    const raw = rawOf(b, text, i);
    out.push({
      written: text.slice(b.start[i], b.end[i]),
      lower: ((b.flags[i] as number) & UPPER) !== 0 ? raw.toLowerCase() : raw,
      hash: b.hash[i] as number,
    });
  }
  return out;
}

describe('word keys made while scanning', () => {
  it('hash plain ASCII words ("don\'t", "I\'M" too) as hashOf() of the lower-cased word; other runs are left to their string', () => {
    const found = runs("MANTAP Don't user.name 1.250 I'M Kereeen café it’s g\u200bk Ok2 terimakasihbanyak");
    expect(found.length).toBeGreaterThan(8);
    for (const r of found) {
      if (r.hash === -1) expect(/^[a-z0-9]+$/i.test(r.written) && r.written.length <= KEY_CHARS).toBe(false);
      else expect(r.hash).toBe(hashOf(r.lower));
    }
    expect(found.filter((r) => r.hash !== -1).map((r) => r.lower)).toEqual([
      'mantap',
      "don't",
      "i'm",
      'kereeen',
      'ok2',
    ]);
  });

  it('pack only plain ASCII words of up to KEY_CHARS characters, one way per word', () => {
    const a = new Int32Array(3);
    const b = new Int32Array(3);
    expect(packWord('x'.repeat(KEY_CHARS + 1), a)).toBe(false);
    expect(packWord('café', a)).toBe(false);
    expect(packWord('terimakasih', a) && packWord('terimakasiH', b)).toBe(true);
    expect([...a]).not.toEqual([...b]);
  });

  it('hashes are never negative', () => {
    for (const w of ['a', 'zzzz', 'terimakasih', 'x'.repeat(40), 'café', "don't"])
      expect(hashOf(w)).toBeGreaterThanOrEqual(0);
  });
});
