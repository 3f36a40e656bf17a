import { describe, expect, it } from 'vitest';
import { hashOf, rawOf, scan } from '../../../utils/analysis/tokenize';
import { UPPER } from '../../../utils/analysis/token';

/** The hash scan() computed for each word-like run, beside the run's lower-cased text. */
function runs(text: string): { lower: string; hash: number }[] {
  const b = scan(text);
  const out: { lower: string; hash: number }[] = [];
  for (let i = 0; i < b.n; i++) {
    if (b.sym[i] !== undefined || rawOf(b, text, i).startsWith('http')) continue;
    const raw = rawOf(b, text, i);
    out.push({
      lower: ((b.flags[i] as number) & UPPER) !== 0 ? raw.toLowerCase() : raw,
      hash: b.hash[i] as number,
    });
  }
  return out;
}

describe('word hashes computed while scanning', () => {
  it('equal hashOf() of the lower-cased word, or are -1 for non-ASCII runs', () => {
    const found = runs("MANTAP Don't user.name 1.250 I'M Kereeen café it’s g\u200bk");
    expect(found.length).toBeGreaterThan(8);
    for (const r of found) {
      if (r.hash === -1)
        expect([...r.lower].some((ch) => ch.charCodeAt(0) > 127) || r.lower === 'gk').toBe(true);
      else expect(r.hash).toBe(hashOf(r.lower));
    }
    expect(found.filter((r) => r.hash !== -1).length).toBeGreaterThan(5);
  });

  it('are never negative', () => {
    for (const w of ['a', 'zzzz', 'terimakasih', 'x'.repeat(40)]) expect(hashOf(w)).toBeGreaterThanOrEqual(0);
  });
});
