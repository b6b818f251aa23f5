import { ConfigError } from './errors.js';
import { isPlainObject } from './mapping.js';

/** Turns a value from the file (any JSON type) or the environment (text) into a setting. */
export type Parser<T> = (raw: unknown, setting: string) => T;

export function text(raw: unknown, setting: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new ConfigError(setting, 'must be a non-empty string');
  }
  return raw.trim();
}

export function optionalText(raw: unknown, setting: string): string | null {
  return raw === null || raw === '' ? null : text(raw, setting);
}

/** An integer within bounds, from a JSON number or decimal text. */
export function integer(min: number, max: number): Parser<number> {
  return (raw, setting) => {
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(setting, `must be an integer from ${min} to ${max}`);
    }
    return value;
  };
}

export const port = integer(1, 65_535);

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

export function boolean(raw: unknown, setting: string): boolean {
  if (typeof raw === 'boolean') return raw;
  const word = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new ConfigError(setting, 'must be true or false');
}

/** A list from a JSON array or comma-separated text; empty items are dropped. */
export function list(raw: unknown, setting: string): string[] {
  const items = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    throw new ConfigError(setting, 'must be a list of strings or comma-separated text');
  }
  return items.map((item: string) => item.trim()).filter((item) => item !== '');
}

export function nonEmptyList(raw: unknown, setting: string): string[] {
  const items = list(raw, setting);
  if (items.length === 0) throw new ConfigError(setting, 'must name at least one item');
  return items;
}

export function oneOf<T extends string>(allowed: readonly T[]): Parser<T> {
  return (raw, setting) => {
    if (typeof raw !== 'string' || !allowed.includes(raw as T)) {
      throw new ConfigError(setting, `must be one of ${allowed.join(', ')}`);
    }
    return raw as T;
  };
}

/** A JSON object whose values are strings or numbers, such as a replication map. */
export function flatObject(raw: unknown, setting: string): Record<string, string | number> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ConfigError(setting, 'is not valid JSON');
    }
  }
  const entries = isPlainObject(value) ? Object.entries(value) : null;
  if (!entries?.every(([, item]) => typeof item === 'string' || typeof item === 'number')) {
    throw new ConfigError(setting, 'must be a JSON object of strings and numbers');
  }
  return Object.fromEntries(entries) as Record<string, string | number>;
}

const CONSISTENCY_LEVELS = [
  'any',
  'one',
  'two',
  'three',
  'quorum',
  'all',
  'localQuorum',
  'eachQuorum',
  'localOne',
] as const;

/** A driver consistency level, accepted as `localQuorum`, `LOCAL_QUORUM` or `local_quorum`. */
export function consistency(raw: unknown, setting: string): string {
  const name = typeof raw === 'string' ? raw.trim() : '';
  const camel = name
    .toLowerCase()
    .replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const level = CONSISTENCY_LEVELS.find(
    (candidate) => candidate.toLowerCase() === camel.toLowerCase(),
  );
  if (level === undefined) {
    throw new ConfigError(setting, `must be one of ${CONSISTENCY_LEVELS.join(', ')}`);
  }
  return level;
}

// An origin as browsers send it: scheme, host and an optional port, nothing after.
const ORIGIN_PATTERN = /^https?:\/\/[^/\s?#]+$/;

/** Allowed browser origins: `*` or origins such as `https://dashboard.example.org`. */
export function origins(raw: unknown, setting: string): string[] {
  const items = list(raw, setting);
  const bad = items.find((item) => item !== '*' && !ORIGIN_PATTERN.test(item));
  if (bad !== undefined) {
    throw new ConfigError(setting, `"${bad}" is not an origin such as https://example.org`);
  }
  return items;
}
