import { BadUserInput } from '../../src/errors/index.js';

/** 14 to 90 letters and digits, optionally after one lower-case prefix and ':' (CashAddr). */
const ADDRESS_PATTERN = /^(?:[a-z]+:)?[A-Za-z0-9]{14,90}$/;

/** Human-readable parts of the bech32 addresses of the known chains, with their separator. */
const BECH32_PREFIXES = ['bc1', 'tb1', 'bcrt1', 'ltc1', 'tltc1', 'rltc1'];
const BECH32_DATA = /^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]+$/;

const HASH_PATTERN = /^(?:0[xX])?([0-9a-fA-F]{64})$/;

/**
 * The address to look up, or BAD_USER_INPUT before any query. Bech32 addresses are stored
 * in lower case and found whatever case was typed; all others are taken exactly as typed.
 */
export function parseAddress(address: string, argument = 'address'): string {
  if (!ADDRESS_PATTERN.test(address)) {
    throw new BadUserInput(`"${argument}" is not a well-formed address`, argument);
  }
  const lower = address.toLowerCase();
  const prefix = BECH32_PREFIXES.find((candidate) => lower.startsWith(candidate));
  if (prefix !== undefined && BECH32_DATA.test(lower.slice(prefix.length))) return lower;
  return address;
}

/** A transaction or block hash as stored: 64 lower-case hex characters, without `0x`. */
export function parseHash(hash: string, argument = 'hash'): string {
  const match = HASH_PATTERN.exec(hash);
  if (match?.[1] === undefined) {
    throw new BadUserInput(
      `"${argument}" must be 64 hex characters, optionally after 0x`,
      argument,
    );
  }
  return match[1].toLowerCase();
}

/** A block height, entity id or other number that cannot be negative. */
export function parseNonNegative(value: number, argument: string): number {
  if (value < 0) throw new BadUserInput(`"${argument}" must not be negative`, argument);
  return value;
}
