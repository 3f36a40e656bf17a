import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { NearDuplicateIndex, shingles, shingleWords } from '../../../utils/replies/near-duplicate';

const N = '\u0001name';
const D = '\u0001number';

/** Jaccard similarity of two texts' shingle sets, computed the slow way. */
function jaccard(a: string, b: string): number {
  const x = new Set(shingles(a));
  const y = new Set(shingles(b));
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

describe('shingle words', () => {
  test.each([
    ['a name after "Kak"', 'Halo Kak Rina, maaf ya', ['halo', 'kak', N, 'maf', 'ya']],
    ['a full name is one placeholder', 'Halo Kak Rina Putri, maaf', ['halo', 'kak', N, 'maf']],
    ['a name after a greeting', 'Hi John, sorry about that', ['hi', N, 'sory', 'about', 'that']],
    ['lower-case names: one word', 'halo kak rina putri', ['halo', 'kak', N, 'putri']],
    ['a capital after a comma is no name', 'Halo Kak Rina, Maaf', ['halo', 'kak', N, 'maf']],
    ['numbers, @mentions and initials', 'Pesanan #12345 untuk @budi ^AB', ['pesanan', D, 'untuk', N, N]],
    ['stretched letters', 'Makasihhh kaaak', ['makasih', 'kak']],
  ])('%s', (_why, text, words) => {
    expect(shingleWords(text)).toEqual(words);
  });
});

describe('NearDuplicateIndex', () => {
  test('a reply with only the name and order number changed is a duplicate', () => {
    const index = new NearDuplicateIndex([
      'Terima kasih sudah berbelanja, ditunggu orderan berikutnya ya!',
      'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Pesanan 88123 sudah kami cek dan dikirim ulang hari ini. ^AB',
    ]);
    const found = index.nearest(
      'Halo Kak Budi Santoso, mohon maaf atas ketidaknyamanannya. Pesanan 99001 sudah kami cek dan dikirim ulang hari ini. ^CD',
    );
    expect(found).toEqual({ similarity: 1, index: 1 });
  });

  test('a reply written for the comment is not', () => {
    const index = new NearDuplicateIndex([
      'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Pesanan kakak sudah kami cek dan dikirim ulang hari ini.',
    ]);
    const found = index.nearest(
      'Halo Kak Budi, wah senang sekali kakak suka varian pedasnya! Resep sambalnya boleh dibagi di sini ya.',
    );
    expect(found?.similarity ?? 0).toBeLessThan(0.3);
  });

  test('one changed word in a long reply still counts as near', () => {
    const a =
      'Halo Kak Rina, mohon maaf atas ketidaknyamanannya, paket kakak sudah kami cek dan akan dikirim ulang hari ini ya';
    const b = a.replace('hari ini', 'hari Senin');
    const found = new NearDuplicateIndex([a]).nearest(b);
    expect(found?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(found?.similarity).toBeLessThan(1);
  });

  test('the newest of equally similar replies; size counts every text added', () => {
    const index = new NearDuplicateIndex();
    index.add('Halo Kak Rina, terima kasih ya');
    index.add('');
    index.add('Halo Kak Budi, terima kasih ya');
    expect(index.size).toBe(3);
    expect(index.nearest('Halo Kak Sari, terima kasih ya')).toEqual({ similarity: 1, index: 2 });
  });

  test('null when nothing is indexed, the query has no words, or nothing is shared', () => {
    expect(new NearDuplicateIndex().nearest('Halo Kak Rina')).toBeNull();
    const index = new NearDuplicateIndex(['Halo Kak Rina, terima kasih']);
    expect(index.nearest('🔥🔥')).toBeNull();
    expect(index.nearest('completely different words here')).toBeNull();
  });

  test('agrees with Jaccard computed directly, also once templates are counted by their absences', () => {
    const vocab = [
      'halo',
      'kak',
      'terima',
      'kasih',
      'maaf',
      'paket',
      'cek',
      'kirim',
      'hari',
      'ini',
      'ya',
      'DM',
    ];
    const reply = fc
      .array(fc.constantFrom(...vocab), { minLength: 0, maxLength: 12 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 150 }), reply, (texts, query) => {
        const index = new NearDuplicateIndex(texts);
        const found = index.nearest(query);
        const best = Math.max(0, ...texts.map((t) => jaccard(query, t)));
        if (best === 0) return found === null;
        expect(found).not.toBeNull();
        expect(found?.similarity).toBeCloseTo(best, 12);
        expect(jaccard(query, texts[found?.index ?? -1] ?? '')).toBeCloseTo(best, 12);
        return true;
      }),
      { numRuns: 150 },
    );
  });

  test('nearest() over 10,000 replies of ~150 characters takes well under 1 ms', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (): string =>
      Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
    // The hard case: every reply is one template with two words of its own, so no shingle is rare.
    const template =
      'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Pesanan kakak sudah kami cek dan akan dikirim ulang hari ini. Kabari kami ya, terima kasih!'.split(
        ' ',
      );
    const reply = (): string => {
      const w = [...template];
      for (let k = 0; k < 2; k++) w.splice(Math.floor(rnd() * w.length), 0, word());
      return w.join(' ');
    };
    const index = new NearDuplicateIndex(Array.from({ length: 10_000 }, reply));
    const queries = Array.from({ length: 200 }, reply);
    for (const q of queries.slice(0, 20)) index.nearest(q);
    const start = performance.now();
    for (const q of queries) expect(index.nearest(q)?.similarity).toBeGreaterThan(0.5);
    expect((performance.now() - start) / queries.length).toBeLessThan(1);
  });
});
