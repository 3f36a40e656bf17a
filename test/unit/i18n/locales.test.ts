import { describe, expect, test } from 'vitest';
import { loadMessages } from '../locale-messages';

describe('UI messages', () => {
  test('English and Indonesian have the same keys, none empty', async () => {
    const en = await loadMessages('en');
    const id = await loadMessages('id');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of [...Object.entries(en), ...Object.entries(id)]) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  test('each translation takes the same substitutions as the English', async () => {
    const en = await loadMessages('en');
    const id = await loadMessages('id');
    const slots = (m: string) => (m.match(/\$\d/g) ?? []).sort().join();
    for (const key of Object.keys(en)) expect(slots(id[key] ?? ''), key).toBe(slots(en[key] ?? ''));
  });
});
