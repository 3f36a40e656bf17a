/**
 * How alike two comments are: their labels, and their text as a cosine over hashed word and
 * character-trigram features.
 * Lower case, @mentions dropped, repeated letters squashed ("bagusss" = "bagus", "maaf" = "maf"
 * on both sides alike). Trigrams carry affixed and misspelt forms ("paketnya" ~ "paket");
 * slang is not unified ("bgt" and "banget" share only a little).
 */
import { INTENTS, SENTIMENTS, STAGES } from '../analysis/labels';
import type { Intent, Sentiment, Stage } from '../analysis/labels';

/**
 * A comment's features: ids sorted ascending, each with a small integer weight (one byte, so a
 * history of many comments stays small), and the weights' length. cos(a, b) = Σ a·b / (|a| |b|).
 */
export interface TextVector {
  ids: Uint32Array;
  weights: Uint8Array;
  norm: number;
}

// Five trigrams per word at half weight: words and trigrams weigh about the same in the norm.
const WORD_WEIGHT = 10;
const TRIGRAM_WEIGHT = 5;
const EMOJI_WEIGHT = 5;
/** Filler words: only a light word feature, no trigrams, so "mantap min" is not like "min, paketku…". */
const FILLER_WEIGHT = 2;
const MAX_WEIGHT = 255;

const TOKEN = /@?[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;
const WORD_SEED = 0x811c9dc5;
const TRIGRAM_SEED = 0x01000193;

/** FNV-1a over the code units of s[from, to), from a seed per feature kind. */
function hash(s: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Runs of one letter made one letter; digits are kept ("100"). */
function squash(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (i > 0 && c === word.charCodeAt(i - 1) && !isDigit(c)) continue;
    out += word[i];
  }
  return out;
}

// Forms of address, particles and function words that say nothing of what a comment is about.
const FILLER = new Set(
  [
    ...['kak', 'ka', 'kk', 'min', 'mimin', 'admin', 'gan', 'sis', 'bang', 'bro', 'om', 'halo', 'hai'],
    ...['ya', 'yah', 'nih', 'dong', 'deh', 'sih', 'kok', 'lah', 'aja', 'saja', 'juga', 'jg'],
    ...['ini', 'itu', 'yang', 'yg', 'dan', 'di', 'ke', 'dari', 'saya', 'sy', 'aku', 'gue', 'gw', 'kamu'],
    ...['the', 'a', 'an', 'is', 'are', 'was', 'to', 'of', 'and', 'or', 'in', 'on', 'for', 'it', 'this'],
    ...['that', 'i', 'my', 'me', 'you', 'your', 'we', 'our', 'hi', 'hello', 'hey', 'please', 'pls'],
  ].map(squash),
);

function bump(into: Map<number, number>, id: number, w: number): void {
  into.set(id, (into.get(id) ?? 0) + w);
}

export function textVector(text: string): TextVector {
  const feats = new Map<number, number>();
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    const token = m[0];
    if (token.startsWith('@')) continue; // a tagged friend's name says nothing of the topic
    if (!/[\p{L}\p{N}]/u.test(token)) {
      bump(feats, hash(token, 0, token.length, WORD_SEED), EMOJI_WEIGHT);
      continue;
    }
    const word = squash(token);
    if (FILLER.has(word)) {
      bump(feats, hash(word, 0, word.length, WORD_SEED), FILLER_WEIGHT);
      continue;
    }
    bump(feats, hash(word, 0, word.length, WORD_SEED), WORD_WEIGHT);
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++)
      bump(feats, hash(padded, i, i + 3, TRIGRAM_SEED), TRIGRAM_WEIGHT);
  }
  const ids = Uint32Array.from(feats.keys()).sort();
  const weights = new Uint8Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = Math.min(MAX_WEIGHT, feats.get(ids[i] as number) as number);
    weights[i] = w;
    norm += w * w;
  }
  return { ids, weights, norm: Math.sqrt(norm) };
}

/**
 * A vector as an open-addressing table, to take its dot product with many others: each of their
 * features is one probe, mostly into an empty slot (a merge of two sorted lists mispredicts a
 * branch at every step, several times slower).
 */
export class FeatureTable {
  private readonly keys: Uint32Array;
  /** Weight / length; 0 marks an empty slot (every weight is positive). */
  private readonly values: Float64Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(v: TextVector) {
    let bitsNeeded = 4;
    while (1 << bitsNeeded < v.ids.length * 4) bitsNeeded++;
    this.keys = new Uint32Array(1 << bitsNeeded);
    this.values = new Float64Array(1 << bitsNeeded);
    this.mask = (1 << bitsNeeded) - 1;
    this.shift = 32 - bitsNeeded;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      let slot = Math.imul(id, 0x9e3779b1) >>> this.shift;
      while (this.values[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = id;
      this.values[slot] = (v.weights[i] as number) / v.norm;
    }
  }

  get(id: number): number {
    let slot = Math.imul(id, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const w = this.values[slot] as number;
      if (w === 0 || this.keys[slot] === id) return w;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Dot product with the weights stored in ids/weights from `from` to `to`, not divided by their length. */
  dot(ids: Uint32Array, weights: Uint8Array, from: number, to: number): number {
    let sum = 0;
    for (let j = from; j < to; j++) {
      const w = this.get(ids[j] as number);
      if (w !== 0) sum += w * (weights[j] as number);
    }
    return sum;
  }
}

/** Cosine similarity of two texts, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const va = textVector(a);
  const vb = textVector(b);
  if (va.norm === 0 || vb.norm === 0) return 0;
  return Math.min(1, new FeatureTable(va).dot(vb.ids, vb.weights, 0, vb.ids.length) / vb.norm);
}

/** A label's position in its list; 0 for a value a newer or older version does not know. */
function code(list: readonly string[], value: string): number {
  return Math.max(0, list.indexOf(value));
}

function intentMask(intents: readonly Intent[]): number {
  let mask = 0;
  for (const i of intents) if (INTENTS.includes(i)) mask |= 1 << INTENTS.indexOf(i);
  return mask;
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Packs stage (2 bits), sentiment (2 bits) and the intent mask (8 bits) in one number. */
export function packLabels(stage: Stage, sentiment: Sentiment, intents: readonly Intent[]): number {
  return code(STAGES, stage) | (code(SENTIMENTS, sentiment) << 2) | (intentMask(intents) << 4);
}

/** How many label codes packLabels() can give. */
export const LABEL_CODES = 1 << (4 + INTENTS.length);
const NEUTRAL = SENTIMENTS.indexOf('neutral');

/**
 * How far two comments' labels (packed) agree, 0..1, as a factor on their text similarity: the same
 * words about a different problem (intents) or in the opposite mood (sentiment) were answered
 * differently; the stage matters least.
 */
export function labelAgreement(a: number, b: number): number {
  let f = 1;
  if ((a & 3) !== (b & 3)) f *= 0.8;
  const sa = (a >> 2) & 3;
  const sb = (b >> 2) & 3;
  if (sa !== sb) f *= sa === NEUTRAL || sb === NEUTRAL ? 0.6 : 0.3;
  const ia = a >> 4;
  const ib = b >> 4;
  if (ia !== ib) f *= 0.4 + (0.6 * bits(ia & ib)) / bits(ia | ib);
  return f;
}
