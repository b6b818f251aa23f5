import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;
const DECIMAL_INTEGER = /^-?\d+$/;

/**
 * The one 64-bit integer type of the schema (amounts in the smallest unit, large counts),
 * written as a JSON string of decimal digits so that no client loses precision.
 */
export const Int64 = new GraphQLScalarType<bigint, string>({
  name: 'Int64',
  description:
    'A signed 64-bit integer, such as an amount in the smallest unit (satoshi), ' +
    'as a string of decimal digits so that no digit is lost in JSON.',
  serialize: (value) => toInt64(value).toString(),
  parseValue: (value) => toInt64(value),
  parseLiteral: (node: ValueNode) => {
    if (node.kind !== Kind.STRING && node.kind !== Kind.INT) {
      throw new TypeError('Int64 must be given as a string of decimal digits');
    }
    return toInt64(node.value);
  },
});

function toInt64(value: unknown): bigint {
  const integer = asBigInt(value);
  if (integer === null || integer < MIN_INT64 || integer > MAX_INT64) {
    throw new TypeError(`Int64 cannot represent ${String(value)}`);
  }
  return integer;
}

function asBigInt(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && DECIMAL_INTEGER.test(value)) return BigInt(value);
  return null;
}
