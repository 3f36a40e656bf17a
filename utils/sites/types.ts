import type { Capture, CommentCapture, PageCapture, Platform, PostCapture } from '../capture/schema';

/** A comment as read from the page, with the element it was read from (never sent anywhere). */
export type FoundComment = CommentCapture & { element: Element };
export type FoundPost = PostCapture & { element: Element };

/** What a site adapter reads from the page now. */
export interface PageReading {
  page: PageCapture;
  posts: FoundPost[];
  comments: FoundComment[];
}

/** One site's knowledge: how to read its posts and comments out of the DOM, and where our UI may go. */
export interface SiteAdapter {
  platform: Platform;
  /** Reads what the page shows now; null when the layout is not recognised. */
  read(doc: Document, location: URL): PageReading | null;
}

/** Drops the elements: what goes to the background is plain, validated data. */
export function toCapture(reading: PageReading): Capture {
  return {
    page: reading.page,
    posts: reading.posts.map(({ element: _, ...post }) => post),
    comments: reading.comments.map(({ element: _, ...comment }) => comment),
  };
}
