import { describe, expect, test } from 'vitest';
import { decodeWeight, encodeWeight, WEIGHT_MAX, WEIGHT_MIN } from '@/utils/analysis/weight-code';

describe('one-character word weights', () => {
  test('every weight in range comes back as itself, as a character a JSON string keeps as is', () => {
    for (let v = WEIGHT_MIN; v <= WEIGHT_MAX; v++) {
      const c = encodeWeight(v);
      expect(c).toHaveLength(1);
      expect(JSON.stringify(c)).toBe(`"${c}"`);
      expect(c).not.toBe('|');
      expect(decodeWeight(c.charCodeAt(0))).toBe(v);
    }
  });

  test('a weight beyond the range is clipped to its end, and fractions round', () => {
    expect(decodeWeight(encodeWeight(WEIGHT_MAX + 30).charCodeAt(0))).toBe(WEIGHT_MAX);
    expect(decodeWeight(encodeWeight(WEIGHT_MIN - 30).charCodeAt(0))).toBe(WEIGHT_MIN);
    expect(decodeWeight(encodeWeight(2.6).charCodeAt(0))).toBe(3);
  });
});
