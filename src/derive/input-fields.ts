import { isLosslessNumber } from 'lossless-json';
import { FieldError, InputFault } from './errors.js';

/** One JSON object as `lossless-json` parses it: numbers are `LosslessNumber`s. */
export type JsonRecord = Record<string, unknown>;

/** Whether a number may be negative; amounts, heights, counts and times may not. */
export type Sign = 'signed' | 'nonNegative';

/** The range of a signed integer of this many bits. */
function signedRange(bits: bigint): { min: bigint; max: bigint } {
  return { min: -(2n ** (bits - 1n)), max: 2n ** (bits - 1n) - 1n };
}

/** The CQL integer types and what they hold. */
const CQL_INTEGERS = {
  bigint: signedRange(64n),
  int: signedRange(32n),
  smallint: signedRange(16n),
} as const;

type CqlInteger = keyof typeof CQL_INTEGERS;

const INTEGER_TEXT = /^-?\d+$/;
const HEX_TEXT = /^(?:[0-9a-f]{2})*$/;
const HEX_PREFIX = '0x';
const HEX_DIGITS_PER_BYTE = 2;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The most characters of a text that is part of a primary key (an address, a tag's label).
 * Cassandra refuses empty partition keys and key parts beyond 64 KiB; real addresses are
 * under 100 characters.
 */
export const MAX_KEY_TEXT_LENGTH = 1024;

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's value, or a fault naming it when it is missing or null. */
function required(record: JsonRecord, key: string): unknown {
  const value = record[key];
  if (value === undefined || value === null) throw new FieldError(`missing field "${key}"`);
  return value;
}

function isAbsent(record: JsonRecord, key: string): boolean {
  return record[key] === undefined || record[key] === null;
}

function wrongType(key: string, expected: string): FieldError {
  return new FieldError(`field "${key}" is not ${expected}`);
}

function outOfRange(key: string, reason: string): FieldError {
  return new FieldError(`field "${key}" ${reason}`, InputFault.OUT_OF_RANGE);
}

/** The digits of an integer given as a JSON number or a numeric string, else null. */
function integerText(value: unknown): string | null {
  const text = isLosslessNumber(value) ? value.value : value;
  return typeof text === 'string' && INTEGER_TEXT.test(text) ? text : null;
}

/** A required integer that its CQL type can hold, and not negative unless `sign` allows. */
function readInteger(record: JsonRecord, key: string, type: CqlInteger, sign: Sign): bigint {
  const text = integerText(required(record, key));
  if (text === null) throw wrongType(key, 'an integer');
  const value = BigInt(text);
  const { min, max } = CQL_INTEGERS[type];
  if (value < min || value > max) throw outOfRange(key, `${text} is beyond CQL ${type}`);
  if (sign === 'nonNegative' && value < 0n) throw outOfRange(key, `${text} is negative`);
  return value;
}

/** A required text field. */
export function readString(record: JsonRecord, key: string): string {
  const value = required(record, key);
  if (typeof value !== 'string') throw wrongType(key, 'a string');
  return value;
}

/** A text that can be part of a primary key: not empty, at most `MAX_KEY_TEXT_LENGTH` long. */
export function checkKeyText(key: string, text: string): string {
  if (text.length === 0) throw outOfRange(key, 'is empty');
  if (text.length > MAX_KEY_TEXT_LENGTH) {
    throw outOfRange(key, `is ${text.length} characters long (at most ${MAX_KEY_TEXT_LENGTH})`);
  }
  return text;
}

/** A required text field that is part of a primary key. */
export function readKeyString(record: JsonRecord, key: string): string {
  return checkKeyText(key, readString(record, key));
}

/** An optional text field: null when missing or null. */
export function readOptionalString(record: JsonRecord, key: string): string | null {
  return isAbsent(record, key) ? null : readString(record, key);
}

/** A required CQL `bigint` (signed 64-bit), exact beyond 2^53. */
export function readBigint(record: JsonRecord, key: string, sign: Sign): bigint {
  return readInteger(record, key, 'bigint', sign);
}

/** A required CQL `int` (signed 32-bit). */
export function readInt(record: JsonRecord, key: string, sign: Sign): number {
  return Number(readInteger(record, key, 'int', sign));
}

/** An optional CQL `int`: null when missing or null. */
export function readOptionalInt(record: JsonRecord, key: string, sign: Sign): number | null {
  return isAbsent(record, key) ? null : readInt(record, key, sign);
}

/** An optional CQL `smallint` (signed 16-bit): null when missing or null. */
export function readOptionalSmallint(record: JsonRecord, key: string, sign: Sign): number | null {
  return isAbsent(record, key) ? null : Number(readInteger(record, key, 'smallint', sign));
}

/** A required number, rounded to float32 as CQL `float` holds it; finite there too. */
export function readFloat32(record: JsonRecord, key: string, sign: Sign): number {
  const value = required(record, key);
  const number = isLosslessNumber(value) ? Number(value.value) : Number.NaN;
  if (Number.isNaN(number)) throw wrongType(key, 'a number');
  const float = Math.fround(number);
  if (!Number.isFinite(float)) throw outOfRange(key, `${String(value)} is beyond CQL float`);
  if (sign === 'nonNegative' && number < 0) throw outOfRange(key, `${String(value)} is negative`);
  return float;
}

/** A required boolean. */
export function readBoolean(record: JsonRecord, key: string): boolean {
  const value = required(record, key);
  if (typeof value !== 'boolean') throw wrongType(key, 'a boolean');
  return value;
}

/** An optional boolean: null when missing or null. */
export function readOptionalBoolean(record: JsonRecord, key: string): boolean | null {
  return isAbsent(record, key) ? null : readBoolean(record, key);
}

/**
 * A blob of `bytes` bytes given as `0x...` hex (the prefix may be absent), returned as
 * lower-case hex without `0x`.
 */
export function readHash(record: JsonRecord, key: string, bytes: number): string {
  const text = readString(record, key).toLowerCase();
  const hex = text.startsWith(HEX_PREFIX) ? text.slice(HEX_PREFIX.length) : text;
  if (!HEX_TEXT.test(hex)) throw wrongType(key, 'a hex blob');
  if (hex.length !== bytes * HEX_DIGITS_PER_BYTE) throw wrongType(key, `${bytes} bytes long`);
  return hex;
}

/** A required `YYYY-MM-DD` day. */
export function readDate(record: JsonRecord, key: string): string {
  const text = readString(record, key);
  if (!DATE_TEXT.test(text)) throw wrongType(key, 'a YYYY-MM-DD date');
  return text;
}

/** An optional list: null when missing or null. */
export function readOptionalList(record: JsonRecord, key: string): unknown[] | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw wrongType(key, 'a list');
  return value;
}
