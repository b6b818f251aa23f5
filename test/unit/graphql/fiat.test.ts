import { describe, expect, it } from 'vitest';
import { amountAt, storedAmount } from '../../../resolvers/common/amount.js';
import { fiatValue, knownRate, roundToCents } from '../../../resolvers/common/fiat.js';

// Rates are float32 in Cassandra: the driver hands over the float32 value as a double.
const EUR_AT_4 = Math.fround(500);
const USD_AT_4 = Math.fround(498.18);

describe('fiatValue', () => {
  // keyspaces.md, "Fiat value": the test chain at height 4 (500 EUR, 498.18 USD).
  it.each([
    [1_425_000n, EUR_AT_4, 7.12], // 7.125 in double, an exact tie: to the even cent
    [1_425_000n, USD_AT_4, 7.1], // 7.0990648...
    [4_449_000n, EUR_AT_4, 22.25], // 22.245 in double lies just above the tie
    [345_000n, EUR_AT_4, 1.73], // 1.725 in double lies just above the tie
    [-1_325_000n, EUR_AT_4, -6.62], // -6.625, a tie: to the even cent
  ])('converts %s sat at %s to %s', (value, rate, expected) => {
    expect(fiatValue(value, rate)).toBe(expected);
  });

  it('answers null for an unknown rate', () => {
    expect(fiatValue(1_000n, 0)).toBeNull();
    expect(fiatValue(1_000n, null)).toBeNull();
    expect(fiatValue(1_000n, undefined)).toBeNull();
  });

  it('keeps amounts beyond 2^53 exact in the amount', () => {
    const big = 2n ** 60n + 1n;
    expect(amountAt(big, null)).toEqual({ value: big, eur: null, usd: null });
  });
});

describe('roundToCents', () => {
  // Python: round(2.675, 2) == 2.67 (the double is 2.67499999...), round(0.125, 2) == 0.12,
  // round(0.375, 2) == 0.38 (ties to even), round(1.005, 2) == 1.0, round(-0.125, 2) == -0.12.
  it.each([
    [2.675, 2.67],
    [0.125, 0.12],
    [0.375, 0.38],
    [1.005, 1],
    [-0.125, -0.12],
    [7.5, 7.5],
    [123_456_789.125, 123_456_789.12],
  ])('rounds %s to %s like Python', (x, expected) => {
    expect(roundToCents(x)).toBe(expected);
  });

  it('rounds a stored float32 to its cents', () => {
    expect(roundToCents(Math.fround(11.940001))).toBe(11.94);
    expect(
      storedAmount({ value: 3n, eur: Math.fround(11.940001), usd: Math.fround(12.05) }),
    ).toEqual({ value: 3n, eur: 11.94, usd: 12.05 });
  });

  it('leaves zero, integers and non-finite values alone', () => {
    expect(roundToCents(0)).toBe(0);
    expect(roundToCents(2 ** 60)).toBe(2 ** 60);
    expect(roundToCents(Number.NaN)).toBeNaN();
  });
});

describe('knownRate', () => {
  it('treats the stored 0.0 as unknown', () => {
    expect(knownRate(0)).toBeNull();
    expect(knownRate(EUR_AT_4)).toBe(500);
  });
});
