/**
 * What the team replied before, indexed so the comments most like a new one are found without
 * comparing it to every past comment: each entry's feature vector is made once in add(), and an
 * inverted index (feature → entries) yields the candidates.
 */
import type { Intent, Sentiment, Stage } from '../analysis/labels';
import { FeatureTable, LABEL_CODES, labelAgreement, packLabels, textVector } from './similar';
import type { ReplySubject } from './types';

/** One past reply with the comment it answered, as the history index needs it. */
export interface HistoryEntry {
  templateId: string | null;
  replyText: string;
  commentText: string;
  stage: Stage;
  sentiment: Sentiment;
  intents: readonly Intent[];
  language: 'id' | 'en' | 'mixed';
  checkScore: number | null;
  insertedAt: number;
}

/** Below this, two comments are not "similar" (unrelated short comments share a few trigrams). */
export const MIN_SIMILARITY = 0.2;

/**
 * How many postings one similar() call may walk. Query features are taken rarest first, so what
 * the budget leaves out are the commonest trigrams (" ka", "an "), which pick no one out; the
 * candidates found are then scored with their full vectors.
 */
const POSTING_BUDGET = 20_000;
/** How many candidates get the exact cosine, per result asked for (at least MIN_CANDIDATES). */
const CANDIDATES_PER_RESULT = 2;
const MIN_CANDIDATES = 32;

type Growable = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

function grow<T extends Growable>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

export class ReplyHistory {
  private readonly entries: HistoryEntry[] = [];
  /** All entries' feature ids and weights end to end; entry i is [start[i], start[i + 1]). */
  private ids = new Uint32Array(4096);
  private weights = new Uint8Array(4096);
  private start = new Int32Array(257);
  private labels = new Uint16Array(256);
  /** 1 / each entry's vector length. */
  private invNorm = new Float32Array(256);
  /** Feature id → the entries having it, in insertion order. */
  private readonly postings = new Map<number, number[]>();
  /** Template id → the times it was used, ascending. */
  private readonly uses = new Map<string, number[]>();
  /** Scratch for similar(): partial scores by entry and the entries touched. */
  private acc = new Float64Array(256);
  private touched = new Int32Array(256);
  /** labelAgreement() with the subject's labels, by label code; -1 not yet known. */
  private readonly agreement = new Float32Array(LABEL_CODES);

  constructor(entries?: Iterable<HistoryEntry>) {
    if (entries) for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.entries.length;
  }

  add(entry: HistoryEntry): void {
    const index = this.entries.length;
    const v = textVector(entry.commentText);
    const from = this.start[index] as number;
    const to = from + v.ids.length;
    this.ids = grow(this.ids, to);
    this.weights = grow(this.weights, to);
    this.ids.set(v.ids, from);
    this.weights.set(v.weights, from);
    this.start = grow(this.start, index + 2);
    this.start[index + 1] = to;
    this.labels = grow(this.labels, index + 1);
    this.labels[index] = packLabels(entry.stage, entry.sentiment, entry.intents);
    this.invNorm = grow(this.invNorm, index + 1);
    this.invNorm[index] = v.norm > 0 ? 1 / v.norm : 0;
    this.acc = grow(this.acc, index + 1);
    this.touched = grow(this.touched, index + 1);
    for (const id of v.ids) {
      const list = this.postings.get(id);
      if (list) list.push(index);
      else this.postings.set(id, [index]);
    }
    this.entries.push(entry);
    if (entry.templateId !== null) {
      let times = this.uses.get(entry.templateId);
      if (!times) this.uses.set(entry.templateId, (times = []));
      times.splice(search(times, entry.insertedAt, true), 0, entry.insertedAt);
    }
  }

  /** When the template was used at or after `since`, oldest first. */
  usesSince(templateId: string, since: number): number[] {
    const times = this.uses.get(templateId);
    if (!times) return [];
    return times.slice(search(times, since));
  }

  /**
   * The past entries whose comments are most similar to this comment, best first: text cosine
   * times label agreement, at least MIN_SIMILARITY. Ties: the newer entry first, then the one
   * added later.
   */
  similar(subject: ReplySubject, limit: number): Array<{ entry: HistoryEntry; similarity: number }> {
    const n = this.entries.length;
    if (n === 0 || limit <= 0) return [];
    const q = textVector(subject.text);
    if (q.ids.length === 0) return [];

    // Candidates: estimated cosines through the postings of the rarer query features. A feature
    // of equal weight on both sides (the usual case) adds q² / (|q| |e|) to the cosine, so the
    // postings need no weights: sum q², then scale by 1 / |e| (|q| is the same for all).
    const lists: Array<{ list: number[]; w: number }> = [];
    for (let f = 0; f < q.ids.length; f++) {
      const list = this.postings.get(q.ids[f] as number);
      const w = q.weights[f] as number;
      if (list) lists.push({ list, w: w * w });
    }
    lists.sort((a, b) => a.list.length - b.list.length);
    const acc = this.acc;
    const touched = this.touched;
    let nTouched = 0;
    let budget = POSTING_BUDGET;
    for (let f = 0; f < lists.length; f++) {
      const { list, w } = lists[f] as { list: number[]; w: number };
      const share = Math.min(list.length, budget);
      if (share === 0) break;
      budget -= share;
      for (let k = list.length - share; k < list.length; k++) {
        const e = list[k] as number;
        if (acc[e] === 0) touched[nTouched++] = e;
        acc[e] = (acc[e] as number) + w;
      }
    }

    // The best candidates by estimate, then each scored with its whole vector.
    const mine = packLabels(subject.stage, subject.sentiment, subject.intents);
    const agreement = this.agreement.fill(-1);
    const top = new TopK(Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT));
    for (let t = 0; t < nTouched; t++) {
      const e = touched[t] as number;
      const labels = this.labels[e] as number;
      let f = agreement[labels] as number;
      if (f < 0) agreement[labels] = f = labelAgreement(mine, labels);
      top.offer(e, (acc[e] as number) * (this.invNorm[e] as number) * f);
      acc[e] = 0;
    }
    const table = new FeatureTable(q);
    const found: Array<{ index: number; similarity: number }> = [];
    for (const e of top.items()) {
      const from = this.start[e] as number;
      const to = this.start[e + 1] as number;
      const cos = table.dot(this.ids, this.weights, from, to) * (this.invNorm[e] as number);
      const similarity = Math.min(1, cos) * (agreement[this.labels[e] as number] as number);
      if (similarity >= MIN_SIMILARITY) found.push({ index: e, similarity });
    }
    found.sort(
      (a, b) =>
        b.similarity - a.similarity ||
        (this.entries[b.index] as HistoryEntry).insertedAt -
          (this.entries[a.index] as HistoryEntry).insertedAt ||
        b.index - a.index,
    );
    return found
      .slice(0, limit)
      .map(({ index, similarity }) => ({ entry: this.entries[index] as HistoryEntry, similarity }));
  }
}

/** First position whose time is >= t (or > t when `after`). */
function search(times: number[], t: number, after = false): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = times[mid] as number;
    if (x < t || (after && x === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k highest-scoring entries, kept in a min-heap (ties: the later added wins). */
class TopK {
  private readonly index: Int32Array;
  private readonly score: Float64Array;
  private n = 0;

  constructor(private readonly k: number) {
    this.index = new Int32Array(k);
    this.score = new Float64Array(k);
  }

  /** a ranks below b. */
  private below(a: number, b: number): boolean {
    const sa = this.score[a] as number;
    const sb = this.score[b] as number;
    return sa < sb || (sa === sb && (this.index[a] as number) < (this.index[b] as number));
  }

  private swap(a: number, b: number): void {
    const i = this.index[a] as number;
    const s = this.score[a] as number;
    this.index[a] = this.index[b] as number;
    this.score[a] = this.score[b] as number;
    this.index[b] = i;
    this.score[b] = s;
  }

  offer(index: number, score: number): void {
    if (this.n < this.k) {
      let c = this.n++;
      this.index[c] = index;
      this.score[c] = score;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.below(c, p)) break;
        this.swap(c, p);
        c = p;
      }
      return;
    }
    const s0 = this.score[0] as number;
    if (score < s0 || (score === s0 && index < (this.index[0] as number))) return;
    this.index[0] = index;
    this.score[0] = score;
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < this.n && this.below(l, m)) m = l;
      if (r < this.n && this.below(r, m)) m = r;
      if (m === p) break;
      this.swap(p, m);
      p = m;
    }
  }

  items(): Int32Array {
    return this.index.subarray(0, this.n);
  }
}
