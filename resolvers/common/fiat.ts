/** Satoshi per coin: a fiat value is amount * rate / 1e8, written `* 1e-8` as the old service did. */
const COIN_PER_SATOSHI = 1e-8;
const CENTS_PER_UNIT = 100n;

// IEEE 754 binary64 layout.
const MANTISSA_BITS = 52n;
const EXPONENT_MASK = 0x7ffn;
const EXPONENT_BIAS = 1075n;
const SUBNORMAL_EXPONENT = -1074n;

/**
 * Rounds to cents as Python's `round(x, 2)` does: by the exact binary value of the double,
 * an exact tie going to the even cent. `toFixed` and `Math.round` differ on ties and on
 * values such as 1.005, whose double lies below the written decimal.
 */
export function roundToCents(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const { mantissa, exponent } = decompose(Math.abs(x));
  if (exponent >= 0n) return x;

  // |x| * 100 = mantissa * 100 / 2^-exponent: divide exactly and round half to even.
  const denominator = 1n << -exponent;
  const numerator = mantissa * CENTS_PER_UNIT;
  let cents = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && cents % 2n === 1n)) {
    cents += 1n;
  }

  // Parsing decimal text is correctly rounded: the double nearest to cents / 100.
  return Number(`${x < 0 ? '-' : ''}${cents}e-2`);
}

/** A positive finite double as mantissa * 2^exponent, both exact integers. */
function decompose(x: number): { mantissa: bigint; exponent: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = (bits >> MANTISSA_BITS) & EXPONENT_MASK;
  const fraction = bits & ((1n << MANTISSA_BITS) - 1n);
  if (biased === 0n) return { mantissa: fraction, exponent: SUBNORMAL_EXPONENT };
  return { mantissa: fraction | (1n << MANTISSA_BITS), exponent: biased - EXPONENT_BIAS };
}

/** A stored rate, or null when it is unknown: the pipeline writes 0.0 for a day without one. */
export function knownRate(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || rate === 0 ? null : rate;
}

/**
 * The fiat value of a satoshi amount at a stored (float32) rate: `value * rate * 1e-8` in
 * double precision, in that order, rounded to cents; null when the rate is unknown.
 */
export function fiatValue(value: bigint, rate: number | null | undefined): number | null {
  const known = knownRate(rate);
  if (known === null) return null;
  return roundToCents(Number(value) * known * COIN_PER_SATOSHI);
}
