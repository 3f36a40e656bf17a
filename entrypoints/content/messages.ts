/**
 * UI strings for the page, each looked up once: a message lookup is a call into the browser,
 * and thousands of badges and every scan's summaries share a handful of messages. A message
 * with substitutions is looked up with placeholders, which are then filled in here.
 */
const templates = new Map<string, string>();
const SLOTS = ['\u0001', '\u0002', '\u0003', '\u0004'];

/** `lookup(slots)` returns the message with `slots` as its substitutions; `values` fill them. */
export function cachedMessage(
  cacheKey: string,
  lookup: (slots: string[]) => string,
  values: readonly string[] = [],
): string {
  let template = templates.get(cacheKey);
  if (template === undefined) {
    template = lookup(SLOTS.slice(0, values.length));
    templates.set(cacheKey, template);
  }
  let text = template;
  values.forEach((value, i) => {
    text = text.replace(SLOTS[i]!, () => value);
  });
  return text;
}
