/**
 * What demo.js needs to know about the page it runs on, rendered by the server into the body's
 * `data-demo` attribute as JSON: the interface strings in the page's language and the id
 * sequence for posted replies. demo.js itself stays free of any language or naming.
 */

/** The Facebook page: labels are templates, `{name}` / `{other}` filled with the thread's author. */
export interface FacebookDemoData {
  site: 'facebook';
  page: { name: string; url: string; initials: string };
  labels: {
    /** The composer's aria-label and placeholder: "Reply to {name}". */
    replyTo: string;
    /** A posted reply's aria-label: "Reply by Kopi Rindang to {other}'s comment a minute ago". */
    reply: string;
    /** The timestamp link text of something just posted ("1m", "1 mnt"). */
    justNow: string;
    like: string;
    reply_: string;
    author: string;
  };
  /** Posted replies get `replyIdPrefix` + a six-digit sequence: unlike any rendered id. */
  replyIdPrefix: string;
}

/** The Instagram post page. */
export interface InstagramDemoData {
  site: 'instagram';
  /** The brand account that posts, and its avatar's initials. */
  handle: string;
  initials: string;
  /** The post's shortcode, for permalinks `/p/<code>/c/<id>/r/<id>/`. */
  code: string;
  labels: { justNow: string; reply: string; verified: string; hideReplies: string };
  replyIdPrefix: string;
}

export type DemoData = FacebookDemoData | InstagramDemoData;
