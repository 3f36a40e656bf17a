/**
 * Placeholder syntax of reply templates: `{name}` is required, `{name?}` optional.
 * Anything else in braces (`{nama}`, `{ name }`, `{Name}`) is an unknown placeholder: it is never
 * filled, a template editor reports it, and a reply still holding it cannot be inserted.
 */
export const PLACEHOLDERS = [
  'greeting',
  'honorific',
  'name',
  'brand',
  'product',
  'order',
  'channel',
  'signature',
  'agent',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholderName(word: string): word is PlaceholderName {
  return KNOWN.has(word);
}

/** One `{…}` in a text. `name` is null when the inside is not a known placeholder. */
export interface BraceToken {
  start: number;
  /** Index just past the closing brace. */
  end: number;
  /** The inside, as written. */
  inner: string;
  name: PlaceholderName | null;
  optional: boolean;
}

// Bounded and without nested quantifiers: one pass, linear in the text.
const BRACES = /\{([^{}\n]{1,40})\}/g;
const ANY_BRACES = /\{[^{}\n]{1,40}\}/;
const KNOWN_INNER = /^([a-z]+)(\?)?$/;

export function braceTokens(text: string): BraceToken[] {
  const tokens: BraceToken[] = [];
  for (const m of text.matchAll(BRACES)) {
    const inner = m[1] ?? '';
    const known = KNOWN_INNER.exec(inner);
    const word = known?.[1] ?? '';
    const start = m.index;
    tokens.push({
      start,
      end: start + m[0].length,
      inner,
      name: known && isPlaceholderName(word) ? word : null,
      optional: known?.[2] === '?',
    });
  }
  return tokens;
}

/** The insides of braces that are not known placeholders, in order, without repeats ("{nama}" → "nama"). */
export function unknownPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const t of braceTokens(text)) if (t.name === null) seen.add(t.inner);
  return [...seen];
}

/** True while any `{…}` (known or unknown) remains: such a reply must not be inserted. */
export function hasUnfilled(text: string): boolean {
  return ANY_BRACES.test(text);
}

/** Braces never come in through a value: a filled value cannot pose as a placeholder. */
export function stripBraces(value: string): string {
  return value.replace(/[{}]/g, '');
}
