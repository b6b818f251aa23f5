import { ConfigError } from './errors.js';
import type { CurrencyKeyspaces, KeyspaceMapping } from './types.js';

/** The old service's default when no mapping is configured. */
export const DEFAULT_MAPPING_JSON =
  '{"tagpacks": "tagpacks", "btc": ["btc_raw", "btc_transformed"]}';

const TAGPACKS_KEY = 'tagpacks';
const CURRENCY_PATTERN = /^[a-z][a-z0-9_]{0,15}$/;

// Keyspace names reach CQL as text (they cannot be bound values), so only Cassandra's own
// identifier syntax is accepted: letters, digits and underscores, at most 48 characters.
const KEYSPACE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;

/**
 * Reads the mapping in the old service's shape: `{"tagpacks": name, currency: [raw,
 * transformed], ...}`, given as JSON text or as an already parsed object.
 */
export function parseMapping(input: unknown, setting: string): KeyspaceMapping {
  const value = typeof input === 'string' ? parseJson(input, setting) : input;
  if (!isPlainObject(value)) {
    throw new ConfigError(setting, `must be a JSON object such as ${DEFAULT_MAPPING_JSON}`);
  }

  const tagpacks = value[TAGPACKS_KEY] ?? TAGPACKS_KEY;
  const currencies: Record<string, CurrencyKeyspaces> = {};
  for (const [key, names] of Object.entries(value)) {
    if (key === TAGPACKS_KEY) continue;
    const currency = key.toLowerCase();
    if (!CURRENCY_PATTERN.test(currency)) {
      throw new ConfigError(setting, `"${key}" is not a currency code`);
    }
    currencies[currency] = parseCurrencyKeyspaces(names, `${setting}.${key}`);
  }

  if (Object.keys(currencies).length === 0) {
    throw new ConfigError(setting, 'names no currency');
  }
  const mapping = { tagpacks: keyspaceName(tagpacks, `${setting}.${TAGPACKS_KEY}`), currencies };
  checkDistinct(mapping, setting);
  return mapping;
}

/**
 * Each raw and transformed keyspace belongs to one currency, and none is the tagpacks one.
 * Unquoted CQL names ignore case, so neither does this check.
 */
function checkDistinct(mapping: KeyspaceMapping, setting: string): void {
  const seen = new Set([mapping.tagpacks.toLowerCase()]);
  for (const { raw, transformed } of Object.values(mapping.currencies)) {
    for (const name of [raw, transformed]) {
      if (seen.has(name.toLowerCase())) {
        throw new ConfigError(setting, `names the keyspace ${name} twice`);
      }
      seen.add(name.toLowerCase());
    }
  }
}

function parseCurrencyKeyspaces(names: unknown, setting: string): CurrencyKeyspaces {
  if (!Array.isArray(names) || names.length !== 2) {
    throw new ConfigError(setting, 'must be a list of two keyspace names: [raw, transformed]');
  }
  return { raw: keyspaceName(names[0], setting), transformed: keyspaceName(names[1], setting) };
}

/** Checks a keyspace name against Cassandra's identifier syntax. */
export function keyspaceName(name: unknown, setting: string): string {
  if (typeof name !== 'string' || !KEYSPACE_PATTERN.test(name)) {
    throw new ConfigError(
      setting,
      `${JSON.stringify(name)} is not a keyspace name (a letter, then up to 47 letters, ` +
        'digits or underscores)',
    );
  }
  return name;
}

function parseJson(text: string, setting: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(setting, 'is not valid JSON');
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
