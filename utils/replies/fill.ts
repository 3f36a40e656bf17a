import { extractFirstName, extractOrderCode, extractProduct } from './extract';
import { braceTokens, stripBraces } from './placeholders';
import type { PlaceholderName } from './placeholders';
import type { ReplyLanguage, ReplySubject } from './types';
import type { BrandVoice } from './voice';

export { PLACEHOLDERS, hasUnfilled, unknownPlaceholders } from './placeholders';
export type { PlaceholderName } from './placeholders';

export interface FillInput {
  text: string;
  lang: ReplyLanguage;
  subject: ReplySubject;
  voice: BrandVoice;
  agent: string;
  /** values the user typed for missing placeholders */
  given?: Partial<Record<PlaceholderName, string>>;
}

export interface Filled {
  text: string;
  /** required placeholders still without a value, in order of appearance, no repeats */
  missing: PlaceholderName[];
}

/** "Ayu Bestari" → "AB": the first letter of up to three words. */
export function initials(name: string): string {
  const words = name.normalize('NFKC').match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words
    .slice(0, 3)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The address word: Indonesian only; English has none. */
export function honorificWord(voice: BrandVoice, lang: ReplyLanguage): string {
  if (lang === 'en') return '';
  if (voice.honorific === 'kak') return 'Kak';
  if (voice.honorific === 'bapak-ibu') return 'Bapak/Ibu';
  return '';
}

/** The best configured channel as it reads after "lewat" / "via", or '' when none is set. */
export function channelPhrase(voice: BrandVoice, lang: ReplyLanguage): string {
  const c = voice.channels;
  if (c.dm) return 'DM';
  if (c.whatsapp.trim()) return `WhatsApp ${c.whatsapp.trim()}`;
  if (c.phone.trim()) return `${lang === 'id' ? 'telepon' : 'phone'} ${c.phone.trim()}`;
  if (c.email.trim()) return `email ${c.email.trim()}`;
  if (c.helpLink.trim()) return `${lang === 'id' ? 'halaman bantuan' : 'our help page'} ${c.helpLink.trim()}`;
  return '';
}

/**
 * The configured signature for this agent: '' when the brand signs with nothing, null when it
 * cannot be written (it names the agent and none is set, or holds an unknown `{…}`).
 */
export function signatureText(signature: string, agent: string): string | null {
  const template = signature.trim();
  if (!template) return '';
  const needsAgent = /\{(?:agent|initials)\}/.test(template);
  if (needsAgent && !agent.trim()) return null;
  const text = template.replace(/\{agent\}/g, agent.trim()).replace(/\{initials\}/g, initials(agent));
  return /[{}]/.test(text) ? null : text;
}

interface Value {
  value: string;
  /** An empty value is the brand's choice (no honorific, no signature): drop it, never ask. */
  soft: boolean;
}

function resolver(input: FillInput): (name: PlaceholderName) => Value {
  const { voice, lang, subject } = input;
  const typed = (name: PlaceholderName): string => stripBraces(input.given?.[name]?.trim() ?? '');
  const agent = typed('agent') || input.agent.trim();
  const compute = (name: PlaceholderName): Value => {
    const given = typed(name);
    if (given) return { value: given, soft: false };
    switch (name) {
      case 'greeting':
        return { value: voice.greeting[lang].trim(), soft: false };
      case 'honorific':
        return { value: honorificWord(voice, lang), soft: true };
      case 'name':
        return { value: extractFirstName(subject.authorName), soft: false };
      case 'brand':
        return { value: voice.brandName.trim(), soft: false };
      case 'product':
        return { value: extractProduct(subject.text, voice.products), soft: false };
      case 'order':
        return { value: extractOrderCode(subject.text), soft: false };
      case 'channel':
        return { value: channelPhrase(voice, lang), soft: false };
      case 'agent':
        return { value: agent, soft: false };
      case 'signature': {
        const text = signatureText(voice.signature, agent);
        return { value: text ?? '', soft: text === '' };
      }
    }
  };
  const cache = new Map<PlaceholderName, Value>();
  return (name) => {
    let v = cache.get(name);
    if (!v) cache.set(name, (v = compute(name)));
    return v;
  };
}

const HSPACE = /[ \t]/;

/**
 * Drops an empty placeholder ending at `pos` from `out` with the space before it, and tidies what
 * that leaves: "Halo Kak {name?}," → "Halo Kak,", "ya, {honorific}." → "ya.", "({order?})" → "".
 * Returns the text so far and where to go on reading.
 */
function drop(out: string, text: string, pos: number): [string, number] {
  let kept = out.replace(/[ \t]+$/, '');
  let j = pos;
  while (j < text.length && HSPACE.test(text.charAt(j))) j++;
  const next = text.charAt(j);
  const lineStart = kept === '' || kept.endsWith('\n');
  if (kept.endsWith('(') && next === ')') return [kept.slice(0, -1).replace(/[ \t]+$/, ''), j + 1];
  if (next === '' || next === '\n' || '.,!?;:'.includes(next)) {
    if (/[,;:]$/.test(kept) && (next === '' || next === '\n' || '.,!?;:'.includes(next)))
      kept = kept.slice(0, -1);
    if (lineStart && (next === ',' || next === ';')) {
      j++;
      while (j < text.length && HSPACE.test(text.charAt(j))) j++;
    }
    return [kept, j];
  }
  return [kept, lineStart ? j : pos];
}

/**
 * Fills a template for one comment. A required placeholder without a value stays in the text as
 * written and is listed in `missing`; an optional one (`{x?}`) and an empty honorific or signature
 * are dropped with the space before them.
 */
export function fillTemplate(input: FillInput): Filled {
  const { text } = input;
  const resolve = resolver(input);
  const missing: PlaceholderName[] = [];
  let out = '';
  let pos = 0;
  for (const t of braceTokens(text)) {
    if (t.start < pos) continue;
    out += text.slice(pos, t.start);
    pos = t.end;
    if (t.name === null) {
      out += text.slice(t.start, t.end);
      continue;
    }
    const { value, soft } = resolve(t.name);
    if (value) {
      out += value;
    } else if (t.optional || soft) {
      [out, pos] = drop(out, text, pos);
    } else {
      out += text.slice(t.start, t.end);
      if (!missing.includes(t.name)) missing.push(t.name);
    }
  }
  return { text: out + text.slice(pos), missing };
}
