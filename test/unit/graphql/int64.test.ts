import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Int64 } from '../../../resolvers/common/int64.scalar.js';

describe('Int64', () => {
  it('serialises bigint as decimal digits without losing precision', () => {
    expect(Int64.serialize(2n ** 63n - 1n)).toBe('9223372036854775807');
    expect(Int64.serialize(-2_500_000n)).toBe('-2500000');
    expect(Int64.serialize(0n)).toBe('0');
  });

  it('parses strings of digits and integer literals', () => {
    expect(Int64.parseValue('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(Int64.parseLiteral({ kind: Kind.STRING, value: '-5' })).toBe(-5n);
    expect(Int64.parseLiteral({ kind: Kind.INT, value: '42' })).toBe(42n);
  });

  it('refuses values outside 64 bits and non-integers', () => {
    expect(() => Int64.serialize(2n ** 63n)).toThrow(TypeError);
    expect(() => Int64.parseValue('1.5')).toThrow(TypeError);
    expect(() => Int64.parseValue(2 ** 60)).toThrow(TypeError);
    expect(() => Int64.parseLiteral({ kind: Kind.FLOAT, value: '1.0' })).toThrow(TypeError);
  });
});
