import { describe, expect, it } from 'vitest';
import { labelPrefix, normalizeLabel, toFiat } from '../../../src/derive/index.js';

describe('toFiat', () => {
  it('follows the float32 steps of the pipeline', () => {
    // 1 325 000 * 500 = 662 500 000, whose float32 is 662 499 968 (24-bit mantissa);
    // / 1e6 = 662.499968 -> float32 662.49994; + 0.5 truncates to 662 cents = 6.62.
    // Plain double arithmetic would give 662.5 + 0.5 -> 663 cents = 6.63.
    expect(toFiat(1_325_000n, 500)).toBe(Math.fround(6.62));
  });

  it('rounds half a cent up', () => {
    // 345 000 * 500 = 172 500 000 (exact in float32); / 1e6 = 172.5; + 0.5 -> 173 = 1.73.
    expect(toFiat(345_000n, 500)).toBe(Math.fround(1.73));
  });

  it('converts at a float32 rate', () => {
    // fround(498.18) = 498.17999267578125; 2 500 000 * that = 1 245 449 981.7 -> float32
    // 1 245 449 984; / 1e6 = 1245.449984 -> 1245 cents = 12.45.
    expect(toFiat(2_500_000n, 498.18)).toBe(Math.fround(12.45));
  });

  it('gives 0 at an unknown rate', () => {
    expect(toFiat(1_000_000n, 0)).toBe(0);
  });
});

describe('normalizeLabel', () => {
  it('drops every character that is not an ASCII letter or digit', () => {
    expect(normalizeLabel('Mining Service')).toBe('miningservice');
    expect(normalizeLabel('Müller')).toBe('mller');
    expect(normalizeLabel('Börse #42!')).toBe('brse42');
  });

  it('takes three characters as prefix', () => {
    expect(labelPrefix('miningservice')).toBe('min');
    expect(labelPrefix('ab')).toBe('ab');
  });
});
