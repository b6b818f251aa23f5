import { isLosslessNumber } from 'lossless-json';
import { FieldError } from './errors.js';

/** One JSON object as `lossless-json` parses it: numbers are `LosslessNumber`s. */
export type JsonRecord = Record<string, unknown>;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INTEGER_TEXT = /^-?\d+$/;
const HEX_TEXT = /^(?:[0-9a-f]{2})*$/;
const HEX_PREFIX = '0x';
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

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

function wrongType(key: string, expected: string): FieldError {
  return new FieldError(`field "${key}" is not ${expected}`);
}

/** The digits of an integer given as a JSON number or a numeric string, else null. */
function integerText(value: unknown): string | null {
  const text = isLosslessNumber(value) ? value.value : value;
  return typeof text === 'string' && INTEGER_TEXT.test(text) ? text : null;
}

/** A required text field. */
export function readString(record: JsonRecord, key: string): string {
  const value = required(record, key);
  if (typeof value !== 'string') throw wrongType(key, 'a string');
  return value;
}

/** An optional text field: null when missing or null. */
export function readOptionalString(record: JsonRecord, key: string): string | null {
  return record[key] === undefined || record[key] === null ? null : readString(record, key);
}

/** A required 64-bit integer, exact beyond 2^53. */
export function readBigint(record: JsonRecord, key: string): bigint {
  const text = integerText(required(record, key));
  if (text === null) throw wrongType(key, 'an integer');
  return BigInt(text);
}

/** A required 32-bit integer. */
export function readInt(record: JsonRecord, key: string): number {
  const value = Number(readBigint(record, key));
  if (value < INT32_MIN || value > INT32_MAX) throw wrongType(key, 'a 32-bit integer');
  return value;
}

/** An optional 32-bit integer: null when missing or null. */
export function readOptionalInt(record: JsonRecord, key: string): number | null {
  return record[key] === undefined || record[key] === null ? null : readInt(record, key);
}

/** A required number, rounded to float32 as the CQL `float` columns hold it. */
export function readFloat32(record: JsonRecord, key: string): number {
  const value = required(record, key);
  const number = isLosslessNumber(value) ? Number(value.value) : Number.NaN;
  if (!Number.isFinite(number)) throw wrongType(key, 'a number');
  return Math.fround(number);
}

/** A required boolean. */
export function readBoolean(record: JsonRecord, key: string): boolean {
  const value = required(record, key);
  if (typeof value !== 'boolean') throw wrongType(key, 'a boolean');
  return value;
}

/** An optional boolean: null when missing or null. */
export function readOptionalBoolean(record: JsonRecord, key: string): boolean | null {
  return record[key] === undefined || record[key] === null ? null : readBoolean(record, key);
}

/** A blob given as `0x...` hex (the prefix may be absent): lower-case hex without `0x`. */
export function readHash(record: JsonRecord, key: string): string {
  const text = readString(record, key).toLowerCase();
  const hex = text.startsWith(HEX_PREFIX) ? text.slice(HEX_PREFIX.length) : text;
  if (hex.length === 0 || !HEX_TEXT.test(hex)) throw wrongType(key, 'a hex blob');
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
