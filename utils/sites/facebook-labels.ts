/**
 * Facebook interface strings per language (SITES.md: "keep label patterns per language and
 * fall back to structure"). English and Indonesian as public tools' tests read them (2026).
 * Labels only classify and carry the time; names always come from the profile link.
 */
export type FacebookLanguage = 'en' | 'id';

export interface FacebookLabels {
  /** "Comment by NAME 3 minutes ago". */
  comment: RegExp;
  /** "Reply by NAME to OTHER's comment 3 minutes ago". */
  reply: RegExp;
  /** The page's own composer: same prefix as comments, not a comment. */
  composer: RegExp;
  /** A reply editor: "Reply to NAME". */
  replyBox: RegExp;
  /** "12 reactions; see who reacted to this": group 1 is the count. */
  reactions: RegExp;
  /** The comment's own "Reply" action, which opens its thread's reply editor. */
  replyAction: RegExp;
}

export const facebookLabels: Record<FacebookLanguage, FacebookLabels> = {
  en: {
    comment: /^Comment by /,
    reply: /^Reply by .+ to .+ comment/,
    composer: /^(Comment as |Write a comment|Write a public comment)/,
    replyBox: /^Reply to /,
    reactions: /^([\d.,]+\s*[KM]?) reactions?; see who reacted to this/i,
    replyAction: /^Reply$/,
  },
  id: {
    comment: /^Komentar oleh /,
    reply: /^Balasan dari .+ untuk komentar /,
    composer: /^(Komentari sebagai |Tulis komentar)/,
    replyBox: /^Balas /,
    reactions: /^([\d.,]+\s*(?:rb|jt)?) reaksi; lihat siapa yang bereaksi/i,
    replyAction: /^Balas$/,
  },
};

const LANGUAGES = Object.keys(facebookLabels) as FacebookLanguage[];

export type LabelKind = 'comment' | 'reply' | 'composer';

/** What an article's aria-label says it is, and in which language; null for unknown labels. */
export function classifyLabel(label: string): { kind: LabelKind; language: FacebookLanguage } | null {
  for (const language of LANGUAGES) {
    const labels = facebookLabels[language];
    // Composer first: "Comment as PAGE" also starts like "Comment by".
    if (labels.composer.test(label)) return { kind: 'composer', language };
    if (labels.reply.test(label)) return { kind: 'reply', language };
    if (labels.comment.test(label)) return { kind: 'comment', language };
  }
  return null;
}

/** The count in a reactions aria-label, in any known language. */
export function reactionsFromLabel(label: string): string | null {
  for (const language of LANGUAGES) {
    const match = facebookLabels[language].reactions.exec(label);
    if (match?.[1]) return match[1];
  }
  return null;
}

export function isReplyBoxLabel(label: string): boolean {
  return LANGUAGES.some((language) => facebookLabels[language].replyBox.test(label));
}

/** The document's interface language, from `<html lang>`; English when unknown. */
export function documentLanguage(doc: Document): FacebookLanguage {
  return /^id\b/i.test(doc.documentElement.getAttribute('lang') ?? '') ? 'id' : 'en';
}

export function isReplyActionText(text: string): boolean {
  return LANGUAGES.some((language) => facebookLabels[language].replyAction.test(text));
}
