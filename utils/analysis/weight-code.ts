/**
 * A word weight in one character: the weights ship in the content script, where "word 35 -1|"
 * cost seven bytes of values per word and "word" plus two characters cost two. Printable ASCII
 * from '#' on, skipping the backslash, so the JSON string needs no escapes; '|' separates entries.
 */
export const WEIGHT_MIN = -40;
export const WEIGHT_MAX = 47;
const BASE = 35; // '#'
const BACKSLASH = 92;

export function encodeWeight(value: number): string {
  const v = Math.max(WEIGHT_MIN, Math.min(WEIGHT_MAX, Math.round(value)));
  const code = BASE + v - WEIGHT_MIN;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

export function decodeWeight(code: number): number {
  return (code > BACKSLASH ? code - 1 : code) - BASE + WEIGHT_MIN;
}
