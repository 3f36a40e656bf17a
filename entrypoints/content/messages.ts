/**
 * UI strings for the page, each looked up once: a message lookup is a call into the browser,
 * and thousands of badges and every scan's summaries share a handful of messages. A message
 * with substitutions is looked up with placeholders, which are then filled in here.
 */
const templates = new Map<string, string>();
const SLOTS = ['\u0001', '\u0002', '\u0003', '\u0004'];
/** Filled-in texts too: a page's badges repeat a dozen stage and sentiment pairs thousands of times. */
const filled = new Map<string, string>();
const MAX_FILLED = 1_000;

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
  if (values.length === 0) return template;
  const key = `${cacheKey}\u0000${values.join('\u0000')}`;
  let text = filled.get(key);
  if (text === undefined) {
    text = template;
    // split/join: a value is never read as a replacement pattern ("$&").
    values.forEach((value, i) => {
      text = text!.split(SLOTS[i]!).join(value);
    });
    if (filled.size >= MAX_FILLED) filled.clear();
    filled.set(key, text);
  }
  return text;
}
