import { describe, expect, test } from 'vitest';
import { normalizeWord } from '../../../utils/analysis/normalize';
import { tokenize } from '../../../utils/analysis/tokenize';

const known = (w: string): boolean => ['bagus', 'good', 'asik', 'keren', 'parah'].includes(w);

describe('normalizeWord', () => {
  test.each([
    ['gk', 'tidak', false],
    ['gak', 'tidak', false],
    ['bgt', 'banget', false],
    ['udh', 'sudah', false],
    ['blm', 'belum', false],
    ['yg', 'yang', false],
    ['kak', 'kakak', false],
    ['min', 'admin', false],
    ['bagusss', 'bagus', true],
    ['goooood', 'good', true],
    ['parahhh', 'parah', true],
    ['asikk', 'asik', false],
    ['hati2', 'hati', false],
    ['wkwkwk', 'wkwk', false],
    ['hahaha', 'wkwk', false],
  ] as const)('%s → %s', (raw, word, stretched) => {
    expect(normalizeWord(raw, known)).toEqual({ word, stretched });
  });
});

describe('tokenize', () => {
  test('finds mentions, hashtags, links, emoji, emoticons and ? !', () => {
    const kinds = tokenize('@budi cek https://x.co/a #promo 😍 :) mantap?!').map((t) => `${t.kind}:${t.raw}`);
    expect(kinds).toEqual([
      'mention:@budi',
      'word:cek',
      'url:https://x.co/a',
      'hashtag:#promo',
      'emoji:😍',
      'emoticon::)',
      'word:mantap',
      'punct:?',
      'punct:!',
    ]);
  });

  test('marks capitals and clause starts', () => {
    const [a, b] = tokenize('TOLONG, segera');
    expect(a?.caps).toBe(true);
    expect(b?.boundary).toBe(true);
  });

  test('ignores zero-width and right-to-left marks between words', () => {
    expect(tokenize('enak\u200b\u200fbanget').map((t) => t.raw)).toEqual(['enak', 'banget']);
  });

  test('drops zero-width characters hidden inside a word', () => {
    expect(tokenize('g\u200bk bagus').map((t) => t.raw)).toEqual(['gk', 'bagus']);
  });
});
