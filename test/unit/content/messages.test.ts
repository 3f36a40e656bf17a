import { describe, expect, test, vi } from 'vitest';
import { cachedMessage } from '@/entrypoints/content/messages';

describe('cachedMessage', () => {
  test('looks a message up once and fills in each call’s values, even ones that look like patterns', () => {
    const lookup = vi.fn((slots: string[]) => `${slots[1]} of ${slots[0]} ($1)`);
    expect(cachedMessage('test.pair', lookup, ['2', 'Kopi'])).toBe('Kopi of 2 ($1)');
    expect(cachedMessage('test.pair', lookup, ['5', '$& $1'])).toBe('$& $1 of 5 ($1)');
    expect(lookup).toHaveBeenCalledOnce();
  });

  test('a message without substitutions is returned as looked up', () => {
    expect(cachedMessage('test.plain', () => 'Our reply')).toBe('Our reply');
  });
});
