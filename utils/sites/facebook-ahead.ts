import { type ElementCache, readThroughCache, type Remembered } from './cache';
import { type ArticleReading, readArticle } from './facebook-comment';
import { documentLanguage } from './facebook-labels';
import { allArticles, willChangeOnly } from './facebook-layout';
import { findPosts } from './facebook-posts';

/** The articles a read ahead has still to read, and at which address it found them. */
interface Ahead {
  href: string;
  articles: Element[];
  next: number;
}

const aheads = new WeakMap<ElementCache<unknown>, Ahead>();

/** How many articles to read between looks at the clock. */
const CHECK_EVERY = 16;

/**
 * Fills the cache in slices before a full read, which then finds every article unchanged
 * (one signature check each) instead of reading thousands in one task.
 */
export function readAhead(
  doc: Document,
  location: URL,
  cache: ElementCache<Remembered<ArticleReading | null>>,
  budgetMs: number,
  now: number,
): boolean {
  if (willChangeOnly(cache, location.href)) return true;
  let ahead = aheads.get(cache);
  if (ahead?.href !== location.href) {
    const articles = findPosts(doc).elements.flatMap(allArticles);
    ahead = { href: location.href, articles, next: 0 };
    aheads.set(cache, ahead);
  }
  const language = documentLanguage(doc);
  const stop = performance.now() + budgetMs;
  const start = ahead.next;
  while (ahead.next < ahead.articles.length) {
    // Some progress every call, however small the budget.
    const checked = ahead.next > start && (ahead.next - start) % CHECK_EVERY === 0;
    if (checked && performance.now() > stop) return false;
    const article = ahead.articles[ahead.next++];
    // One the page has dropped meanwhile is not worth reading; new ones the read itself reads.
    if (article?.isConnected)
      readThroughCache(cache, article, (el) => readArticle(el, location.href, language, now));
  }
  aheads.delete(cache);
  return true;
}
