/** consistent: the reply ends with the brand's signature, e.g. "^{initials}" → "^AB", "-{agent}" → "-Ayu". */
import { outcome, type Context, type Rule } from '../rule';

/** "Ayu Bestari" → "AB": the first letter of each of the first three names. */
export function initials(agent: string): string {
  return agent
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '')
    .slice(0, 3)
    .map((part) => String.fromCodePoint(part.codePointAt(0) as number).toUpperCase())
    .join('');
}

/** The signature filled in for this agent; null when it needs a name that is not known. */
export function renderSignature(template: string, agent: string): string | null {
  const name = agent.trim().replace(/\s+/g, ' ');
  const needs = template.includes('{agent}') || template.includes('{initials}');
  if (needs && name === '') return null;
  return template.replaceAll('{agent}', name).replaceAll('{initials}', initials(name)).trim();
}

const tidy = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** The tail read for a signature: the longest voice signature (80) with a long name. */
const TAIL = 240;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** With no agent name: the template's shape, a name or initials where the placeholders are. */
function shape(template: string): RegExp {
  const parts = tidy(template)
    .split(/(\{agent\}|\{initials\})/)
    .map((p) =>
      p === '{agent}'
        ? "\\p{L}[\\p{L}\\p{M}'.-]{0,30}(?: \\p{L}[\\p{L}\\p{M}'.-]{0,30}){0,3}"
        : p === '{initials}'
          ? '\\p{L}{1,4}'
          : escape(p),
    );
  return new RegExp(`(?:^|\\s|\\W)${parts.join('')}[.!]*$`, 'u');
}

export const signature: Rule = {
  id: 'signature',
  principle: 'consistent',
  applies: (c) => c.input.voice.signature.trim() !== '',
  check(c: Context) {
    const template = c.input.voice.signature.trim();
    const filled = renderSignature(template, c.input.agent);
    const tail = tidy(c.draft.clean.slice(-TAIL)).replace(/[.!]+$/, '');
    if (filled === null) return outcome(shape(template).test(tail), template);
    const want = tidy(filled).replace(/[.!]+$/, '');
    return outcome(want !== '' && tail.endsWith(want), filled);
  },
};
