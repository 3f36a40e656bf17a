import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analysis';

// Lead's note to whoever works on the engine: these are the comments a brand must never miss
// (the demo page has the first one, and the browser test on it fails today: it reads as
// positive praise because of "sapi"). Fix the engine, not these expectations.
describe('urgent complaints are never read as praise', () => {
  test.each([
    'Tolong segera ditanggapi min!! Saya pesan oat latte tapi yang datang susu sapi, anak saya alergi dan sekarang bentol2 dan sesak. Mohon tanggung jawab',
    'Anak saya keracunan setelah minum es kopi kalian, tolong segera hubungi saya',
    'URGENT: my order had peanuts and I am allergic, I had to go to the hospital. Please respond now.',
  ])('%s', (text) => {
    const result = analyze(text);
    expect(result.sentiment.label).toBe('negative');
    expect(result.intents).toContain('urgent');
    expect(result.intents).toContain('complaint');
    expect(result.intents).not.toContain('praise');
  });
});
