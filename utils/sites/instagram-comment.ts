import type { Watch } from './cache';
import { absoluteUrl, isOwnUi, parseCount, textOf, walkOwn } from './dom';
import { INSTAGRAM_LIKES, INSTAGRAM_PERMALINK, isNestedList } from './instagram-selectors';

/** A comment item's own elements, replies excluded, found in one pass. */
export interface ItemParts {
  author: Element | null;
  heading: Element | null;
  text: Element | null;
  counters: Element[];
  anchors: Element[];
}

export function ownItemParts(item: Element): ItemParts {
  const parts: ItemParts = { author: null, heading: null, text: null, counters: [], anchors: [] };
  walkOwn(
    item,
    (el) => isNestedList(el) || isOwnUi(el),
    (el) => {
      const tag = el.tagName;
      if (tag === 'H3' || tag === 'H2') parts.heading ??= el;
      else if (tag === 'A') {
        parts.anchors.push(el);
        if (!parts.author && parts.heading?.contains(el)) parts.author = el;
      } else if (
        tag === 'SPAN' &&
        !parts.text &&
        el.getAttribute('dir') === 'auto' &&
        !parts.heading?.contains(el)
      ) {
        parts.text = el;
      }
      if (tag === 'BUTTON' || el.getAttribute('role') === 'button') parts.counters.push(el);
    },
  );
  return parts;
}

/** Each item's badge anchor: the annotator asks for every comment on every scan. */
const anchors = new WeakMap<Element, Element | null>();

/** The comment's text, else its heading; remembered until the item is read again. */
export function itemAnchorOf(item: Element): Element | null {
  const known = anchors.get(item);
  if (known?.isConnected && item.contains(known)) return known;
  const parts = ownItemParts(item);
  const found = parts.text ?? parts.heading;
  anchors.set(item, found);
  return found;
}

/** What an item says about itself: all but parent and depth (cacheable). */
export interface ItemReading {
  code: string;
  commentId: string;
  /** From `/c/<parent>/r/<id>`: the comment this reply answers. */
  parentCommentId: string | null;
  handle: string;
  authorName: string;
  authorUrl: string;
  text: string;
  permalink: string;
  likes: number;
  createdAt: number | null;
  watch: Watch;
}

function likesOf(counters: readonly Element[]): { count: number; counter: Element | null } {
  for (const counter of counters) {
    const match = INSTAGRAM_LIKES.exec(textOf(counter));
    const count = match?.[1] ? parseCount(match[1]) : null;
    if (count !== null) return { count, counter };
  }
  return { count: 0, counter: null };
}

/** Reads one comment from its timestamp link; null when the link is not a comment permalink. */
export function readItem(item: Element, link: Element, time: Element, base: string): ItemReading | null {
  const parts = ownItemParts(item);
  anchors.delete(item); // read again because it changed: so may its anchor have
  const href = link.getAttribute('href') ?? '';
  const match = INSTAGRAM_PERMALINK.exec(href);
  if (!match) return null;
  const [, code = '', first = '', reply] = match;
  const authorUrl = absoluteUrl(parts.author?.getAttribute('href') ?? null, base);
  const handle = (parts.author?.getAttribute('href') ?? '').split('/').filter(Boolean)[0] ?? '';
  const created = Date.parse(time.getAttribute('datetime') ?? '');
  const likes = likesOf(parts.counters);
  return {
    code,
    commentId: reply ?? first,
    parentCommentId: reply ? first : null,
    handle: handle.toLowerCase(),
    authorName: textOf(parts.author),
    authorUrl,
    text: textOf(parts.text),
    permalink: absoluteUrl(href, base),
    likes: likes.count,
    createdAt: Number.isFinite(created) ? created : null,
    watch: { links: [link], counter: likes.counter, text: parts.text },
  };
}
