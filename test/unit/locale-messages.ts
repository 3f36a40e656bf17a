import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export type UiLocale = 'en' | 'id';

/** The messages Chrome would load from _locales/<locale>/messages.json, built from our YAML. */
export async function loadMessages(locale: UiLocale): Promise<Record<string, string>> {
  const parsed = await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${locale}.yml`));
  const chrome = generateChromeMessages(parsed);
  return Object.fromEntries(Object.entries(chrome).map(([key, value]) => [key, value.message]));
}

/** chrome.i18n.getMessage's substitution rule: $1…$9 take the given strings. */
export function format(message: string, substitutions: string | string[] | undefined): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
