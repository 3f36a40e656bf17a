import { describe, expect, it } from 'vitest';
import { hashOf, scan, type TokenKind, type TokenSink } from '../../../utils/analysis/tokenize';

/** Records the hash scan() computed for each word-like run, beside the lower-cased text. */
class Hashes implements TokenSink {
  readonly runs: { lower: string; hash: number }[] = [];
  run(raw: string, _k: TokenKind, _u: number, _l: number, _b: boolean, _d: boolean, hash: number): void {
    this.runs.push({ lower: raw.toLowerCase(), hash });
  }
  other(): void {}
  full(): boolean {
    return false;
  }
}

describe('word hashes computed while scanning', () => {
  it('equal hashOf() of the lower-cased word, or are -1 for non-ASCII runs', () => {
    const h = new Hashes();
    scan("MANTAP Don't user.name 1.250 I'M Kereeen café it’s g\u200bk", h);
    expect(h.runs.length).toBeGreaterThan(8);
    for (const r of h.runs) {
      if (r.hash === -1)
        expect([...r.lower].some((ch) => ch.charCodeAt(0) > 127) || r.lower === 'gk').toBe(true);
      else expect(r.hash).toBe(hashOf(r.lower));
    }
    expect(h.runs.filter((r) => r.hash !== -1).length).toBeGreaterThan(5);
  });

  it('are never negative', () => {
    for (const w of ['a', 'zzzz', 'terimakasih', 'x'.repeat(40)]) expect(hashOf(w)).toBeGreaterThanOrEqual(0);
  });
});
