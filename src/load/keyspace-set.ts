import { KEYSPACES, type KeyspaceDef } from '../cassandra/schema.js';
import type { Config } from '../config/index.js';
import { LoadError } from './errors.js';

/** The three keyspaces of one currency, by role, under their configured names. */
export interface KeyspaceSet {
  currency: string;
  raw: string;
  transformed: string;
  tagpacks: string;
}

/** The configured keyspaces of a currency, or a UsageError naming the known currencies. */
export function keyspacesOf(config: Config, currency: string): KeyspaceSet {
  const code = currency.toLowerCase();
  const names = config.mapping.currencies[code];
  if (names === undefined) {
    const known = Object.keys(config.mapping.currencies).join(', ');
    throw new LoadError(`currency "${currency}" is not in the mapping (configured: ${known})`);
  }
  return { currency: code, ...names, tagpacks: config.mapping.tagpacks };
}

/** Each keyspace of the set with its definition, raw first. */
export function keyspaceDefs(set: KeyspaceSet): [KeyspaceDef, string][] {
  return [
    [KEYSPACES.raw, set.raw],
    [KEYSPACES.transformed, set.transformed],
    [KEYSPACES.tagpacks, set.tagpacks],
  ];
}
