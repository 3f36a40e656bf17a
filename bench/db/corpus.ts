import type { Platform } from '../../utils/capture/schema';
import type { AnnotationRecord, CommentRecord, PageRecord, ReplyRecord } from '../../utils/db/records';
import type { Intent, Sentiment, Stage } from '../../utils/db/records';

/** A labelled comment to build the corpus from (engagement-dev.jsonl's fields). */
export interface Sample {
  text: string;
  author: string;
  platform: Platform;
  brand: string;
  stage: Stage;
  sentiment: Sentiment;
  intents: Intent[];
}

export interface Corpus {
  pages: PageRecord[];
  comments: CommentRecord[];
  annotations: AnnotationRecord[];
  replies: ReplyRecord[];
}

export interface CorpusOptions {
  comments: number;
  replies: number;
  now: number;
  /** Share of comments whose page showed no time. */
  undated?: number;
  seed?: number;
}

const FIRST = [
  'Rina',
  'Budi',
  'Dinda',
  'Agus',
  'Sari',
  'Putri',
  'Rizky',
  'Dewi',
  'Fajar',
  'Maya',
  'Sarah',
  'John',
];
const LAST = ['Wulandari', 'Santoso', 'Pratama', 'Lestari', 'Hidayat', 'Siregar', 'Nugroho', 'Lee', 'Tan'];
const AGENTS = ['Ayu Bestari', 'Dimas', 'Sari CS'];
const SPAN_MS = 180 * 86_400_000;

/** Small fast seeded generator (mulberry32): the same corpus every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A brand team's history: comments spread over six months, newest first by index, each tagged,
 * some answered on the page, a few without a page time, our replies to some of them.
 */
export function buildCorpus(samples: readonly Sample[], options: CorpusOptions): Corpus {
  const rand = random(options.seed ?? 6);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pages = new Map<string, PageRecord>();
  const comments: CommentRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  const gap = SPAN_MS / options.comments;
  for (let i = 0; i < options.comments; i++) {
    const s = pick(samples);
    const pageId = `${s.platform}:${slug(s.brand)}`;
    const host = s.platform === 'facebook' ? 'https://www.facebook.com' : 'https://www.instagram.com';
    if (!pages.has(pageId)) {
      const at = options.now - SPAN_MS;
      const page = { id: pageId, platform: s.platform, url: `${host}/${slug(s.brand)}`, name: s.brand };
      pages.set(pageId, { ...page, firstSeenAt: at, lastSeenAt: options.now });
    }
    const time = Math.round(options.now - i * gap - rand() * gap);
    // Some comments are the brand's own answers: they never count as unanswered.
    const byPage = rand() < 0.03;
    const author = byPage ? s.brand : rand() < 0.5 ? s.author : `${pick(FIRST)} ${pick(LAST)}`;
    const id = `${s.platform}:${String(1e9 + i)}`;
    const order = s.intents.includes('complaint') && rand() < 0.5 ? ` #INV${240000 + i}` : '';
    const text = byPage ? `Halo Kak, terima kasih sudah mampir ke ${s.brand} 🙏` : s.text + order;
    comments.push({
      id,
      pageId,
      postId: `${s.platform}:${slug(s.brand)}-post${i % 31}`,
      platform: s.platform,
      parentId: byPage ? `${s.platform}:${String(1e9 + i + 1)}` : null,
      depth: byPage ? 1 : 0,
      authorName: author,
      authorUrl: `${host}/${slug(author)}${i % 97}`,
      text,
      createdAt: rand() < (options.undated ?? 0.005) ? null : time,
      permalink: `${host}/${slug(s.brand)}/posts/${i % 31}?comment_id=${1e9 + i}`,
      reactions: Math.floor(rand() * 20),
      byPage,
      provisional: false,
      firstSeenAt: time + 60_000,
      lastSeenAt: time + 3_600_000,
      answeredAt: !byPage && rand() < 0.45 ? time + 900_000 + Math.round(rand() * 6 * 3_600_000) : null,
    });
    const manual = !byPage && rand() < 0.03;
    const label = byPage ? { stage: 'consumption' as const, sentiment: 'positive' as const, intents: [] } : s;
    const auto = {
      stage: label.stage,
      stageConfidence: 0.5 + rand() / 2,
      sentiment: label.sentiment,
      sentimentScore: label.sentiment === 'negative' ? -0.6 : label.sentiment === 'positive' ? 0.6 : 0,
      intents: label.intents,
      language: 'id' as const,
      cues: { stage: [], sentiment: [] },
    };
    annotations.push({
      commentId: id,
      pageId,
      auto,
      manual: manual ? { sentiment: { value: 'negative', by: 'Ayu Bestari', at: time } } : {},
      stage: label.stage,
      sentiment: manual ? 'negative' : label.sentiment,
      intents: label.intents,
      source: manual ? 'manual' : 'auto',
      at: time + 60_000,
    });
  }
  return {
    pages: [...pages.values()],
    comments,
    annotations,
    replies: buildReplies(comments, options, rand),
  };
}

/** Our replies to every n-th comment, with the response time where the answer showed. */
function buildReplies(comments: readonly CommentRecord[], options: CorpusOptions, rand: () => number) {
  // Spaced so that enough remain once the brand's own comments are skipped.
  const every = Math.max(1, Math.floor((comments.length * 0.9) / options.replies));
  const replies: ReplyRecord[] = [];
  for (let i = 0; i < comments.length && replies.length < options.replies; i += every) {
    const c = comments[i]!;
    if (c.byPage) continue;
    const created = c.createdAt ?? c.firstSeenAt;
    replies.push({
      commentId: c.id,
      pageId: c.pageId,
      platform: c.platform,
      templateId: rand() < 0.7 ? 'id-complaint-apology' : null,
      text: `Halo Kak ${c.authorName.split(' ')[0]}, terima kasih sudah menghubungi kami. Kami cek dulu ya 🙏`,
      checkScore: Math.round((0.6 + rand() * 0.4) * 100) / 100,
      agent: AGENTS[i % AGENTS.length]!,
      insertedAt: created + 10 * 60_000,
      commentText: c.text,
      stage: 'curation',
      sentiment: 'neutral',
      intents: [],
      language: 'id',
      answeredAt: c.answeredAt,
      responseMs: c.answeredAt === null ? null : c.answeredAt - created,
    });
  }
  return replies;
}
