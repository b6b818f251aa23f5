import { describe, expect, it } from 'vitest';
import { coherenceOf } from '../../../resolvers/coherence.js';
import { matchingCharacters, similarity } from '../../../resolvers/sequence-matcher.js';

describe('similarity (difflib ratio without autojunk)', () => {
  // Each worked by hand with difflib's algorithm: find the longest block (earliest in a,
  // then in b), then recurse left and right of it.
  it.each([
    // "Binance" is a block of "Binance Hot Wallet": M = 7, 2 * 7 / (7 + 18) = 14/25.
    ['Binance', 'Binance Hot Wallet', 14 / 25],
    // "bcd": M = 3, 6 / 8.
    ['abcd', 'bcde', 0.75],
    // "ab" and "cd" tie at 2; "ab" is earliest in a; right of it "xcd"/"cd" gives "cd": M = 4.
    ['abxcd', 'abcd', 8 / 9],
    // Python's docs: blocks of one; "t" first (a[0], b[3]) leaves nothing to its right in b.
    ['tide', 'diet', 0.25],
    // The other way: "d" (a[0], b[2]), then "iet"/"e" gives "e": M = 2, 4 / 8.
    ['diet', 'tide', 0.5],
    // Nothing in common.
    ['abc', 'xyz', 0],
    // Both empty: difflib answers 1.0.
    ['', '', 1],
  ])('sim(%j, %j) = %s', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 12);
  });

  it('counts code points, not UTF-16 units', () => {
    // "😀" is one code point (two units): "a😀" vs "😀": M = 1, 2 / (2 + 1).
    expect(similarity('a😀', '😀')).toBeCloseTo(2 / 3, 12);
  });

  it('recurses on both sides of the longest block', () => {
    // "xaby" vs "aqby": the longest block is "by" (a[2], b[2]); left of it, "xa" vs "aq"
    // gives "a"; right of it nothing remains: M = 3.
    expect(matchingCharacters([...'xaby'], [...'aqby'])).toBe(3);
  });
});

describe('coherenceOf', () => {
  it('is null without tags and 1 with one label', () => {
    expect(coherenceOf([])).toBeNull();
    expect(coherenceOf(['Binance'])).toBe(1);
    expect(coherenceOf(['Binance', 'Binance'])).toBe(1);
  });

  it('gives 0.78 for Binance, Binance, Binance Hot Wallet', () => {
    // e = (2² - 2) + (1² - 1) = 2; sim = 14/25 both ways; (2 + 1.12) / (2 + 2) = 0.78.
    expect(coherenceOf(['Binance', 'Binance', 'Binance Hot Wallet'])).toBeCloseTo(0.78, 12);
  });

  it('averages ordered pairs, which may differ', () => {
    // e = 0; (0.25 + 0.5) / 2.
    expect(coherenceOf(['tide', 'diet'])).toBeCloseTo(0.375, 12);
  });
});
