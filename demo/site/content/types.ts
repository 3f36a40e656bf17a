/** Typed demo content, shared by the Facebook and Instagram renderers. All of it is invented. */

/** The brand itself, as an author: renders as the page's own link. */
export const PAGE = 'page' as const;

export interface DemoComment {
  /** A key of `people`, or PAGE for the brand answering as itself. */
  author: string;
  /** Plain text; `{@key}` marks an @mention of a person in `people`. */
  text: string;
  minutesAgo: number;
  likes?: number;
  replies?: readonly DemoComment[];
  /** Not in the first paint: revealed by "View more comments" / "View replies", like the real sites. */
  late?: boolean;
  /** Facebook only: the permalink carries the base64 `comment:<post>_<id>` form of the id. */
  encodedId?: boolean;
  /** Facebook only: the thread shows an open "Reply to NAME" composer. */
  replyBox?: boolean;
}

export interface DemoPost {
  /** Numeric story id (the id inside base64 comment ids). */
  storyId: string;
  /** Shown in the permalink instead of storyId when set, as Facebook does for many posts. */
  pfbid?: string;
  minutesAgo: number;
  text: string;
  /** Caption of the CSS-drawn picture, used as its accessible label. */
  picture: string;
  reactions: number;
  shares: number;
  comments: readonly DemoComment[];
}

export interface Person {
  name: string;
  /** Instagram handle, and Facebook vanity name when `fbId` is absent. */
  username: string;
  /** Numeric Facebook profile id: links as profile.php?id=…; most people have one. */
  fbId?: string;
}
