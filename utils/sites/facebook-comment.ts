import { isOwnUi, parseCount, textOf, walkOwn } from './dom';
import { commentIdsFromUrl, type DecodedCommentId, parse } from './facebook-ids';
import { classifyLabel, type FacebookLanguage, reactionsFromLabel } from './facebook-labels';
import type { Watch } from './cache';
import { canonicalProfile } from './facebook-page';
import { hasCommentId, isCommentText, isTextbox } from './facebook-selectors';
import { provisionalKey } from './provisional';
import { estimateCreatedAt, parseShortAge } from './relative-time';

/** An article's own elements, replies excluded: found in one pass (see walkOwn). */
export interface ArticleParts {
  /** Every own `a`, also those whose href Facebook has not filled in yet. */
  anchors: Element[];
  text: Element | null;
  buttons: Element[];
  textbox: HTMLElement | null;
  loading: boolean;
}

export function ownParts(article: Element): ArticleParts {
  const parts: ArticleParts = { anchors: [], text: null, buttons: [], textbox: null, loading: false };
  // The role attribute is read once per element: the boundary test and the visit both need it.
  let role: string | null = null;
  walkOwn(
    article,
    (el) => {
      role = el.getAttribute('role');
      return role === 'article' || isOwnUi(el);
    },
    (el) => {
      if (el.tagName === 'A') parts.anchors.push(el);
      else if (!parts.text && isCommentText(el)) parts.text = el;
      if (role === 'button') parts.buttons.push(el);
      else if (role === 'progressbar') parts.loading = true;
      else if (!parts.textbox && role === 'textbox' && isTextbox(el)) parts.textbox = el as HTMLElement;
    },
  );
  return parts;
}

/** Each article's badge anchor: the annotator asks for every comment on every scan. */
const anchors = new WeakMap<Element, Element | null>();

/** The comment's text, else its first link with text; remembered until the article is read again. */
export function badgeAnchorOf(article: Element): Element | null {
  const known = anchors.get(article);
  // A replaced text node is disconnected: then look again.
  if (known?.isConnected && article.contains(known)) return known;
  return rememberAnchor(article, ownParts(article));
}

function rememberAnchor(article: Element, parts: ArticleParts): Element | null {
  const found = parts.text ?? parts.anchors.find((a) => a.hasAttribute('href') && textOf(a) !== '') ?? null;
  anchors.set(article, found);
  return found;
}

/** What an article says about itself: everything but its post, parent and depth (cacheable). */
export interface ArticleReading {
  commentId: string | null;
  /** The post's numeric id, when the comment id was base64. */
  postIdHint: string | null;
  authorName: string;
  authorUrl: string;
  text: string;
  permalink: string;
  reactions: number;
  createdAt: number | null;
  /** Post-independent part of the provisional id. */
  key: string;
  /** For byPage: "id:<n>" or "path:<slug>". */
  authorKey: string;
  watch: Watch;
}

function reactionsOf(buttons: readonly Element[]): { count: number; counter: Element | null } {
  for (const button of buttons) {
    const fromLabel = reactionsFromLabel(button.getAttribute('aria-label') ?? '');
    const count = parseCount(fromLabel ?? textOf(button));
    if (count !== null) return { count, counter: button };
  }
  return { count: 0, counter: null };
}

/**
 * Reads one comment article, or null for what only looks like one: the composer ("Comment as
 * PAGE"), a loading shell with no links, or an article with no author link yet.
 */
export function readArticle(
  article: Element,
  base: string,
  fallbackLanguage: FacebookLanguage,
  now: number,
): ArticleReading | null {
  const parts = ownParts(article);
  // Read again because it changed, so may its anchor have; the badge asks for it next.
  rememberAnchor(article, parts);
  const label = article.getAttribute('aria-label') ?? '';
  const kind = classifyLabel(label);
  const links = parts.anchors.filter((a) => a.hasAttribute('href'));
  if (kind?.kind === 'composer' || links.length === 0) return null;
  const language = kind?.language ?? fallbackLanguage;
  // Each link's text is asked for several times below: read it once.
  const texts = new Map<Element, string>();
  const textOfLink = (a: Element) => {
    let t = texts.get(a);
    if (t === undefined) {
      t = textOf(a);
      texts.set(a, t);
    }
    return t;
  };
  const idLinks = links.filter((a) => hasCommentId(a.getAttribute('href') ?? ''));
  // The timestamp link's text is an age ("2h"); author links may carry comment_id too.
  const permalink = idLinks.find((a) => parseShortAge(textOfLink(a), language) !== null) ?? idLinks.at(-1);
  const author = links.find(
    (a) =>
      a !== permalink &&
      !parts.text?.contains(a) &&
      textOfLink(a) !== '' &&
      parseShortAge(textOfLink(a), language) === null,
  );
  if (!author) return null;
  // The permalink first, parsed once for its id and its address; other links only if need be.
  const permalinkUrl = permalink ? parse(permalink.getAttribute('href') ?? '', base) : null;
  let ids: DecodedCommentId | null = permalinkUrl ? commentIdsFromUrl(permalinkUrl) : null;
  for (const link of idLinks) {
    if (ids) break;
    const url = link === permalink ? null : parse(link.getAttribute('href') ?? '', base);
    ids = url ? commentIdsFromUrl(url) : null;
  }
  const profile = canonicalProfile(author.getAttribute('href'), base);
  const authorUrl = profile.url;
  const authorName = textOfLink(author);
  const text = textOf(parts.text);
  const reactions = reactionsOf(parts.buttons);
  const commentId = ids?.commentId ?? null;
  return {
    commentId,
    postIdHint: ids?.postId ?? null,
    authorName,
    authorUrl,
    text,
    permalink: permalinkUrl?.href ?? '',
    reactions: reactions.count,
    createdAt: estimateCreatedAt(permalink ? textOfLink(permalink) : '', label, language, now),
    key: provisionalKey(authorUrl, authorName, text),
    authorKey: profile.key,
    // Until the id is known any link may become the permalink; after, only the permalink matters.
    watch: {
      links: commentId ? (permalink ? [permalink] : []) : parts.anchors,
      counter: reactions.counter,
      text: parts.text,
    },
  };
}
