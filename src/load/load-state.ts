import type { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { LoadError } from './errors.js';
import { type KeyspaceSet, keyspaceDefs } from './keyspace-set.js';

/** The transformed table a load writes last: a load is complete once it holds a row. */
export const COMPLETION_TABLE = 'summary_statistics';

/**
 * What the raw and transformed keyspaces of a currency hold: nothing, a complete load, or
 * data without the transformed statistics row, as an interrupted load leaves it.
 */
export type LoadState = 'empty' | 'complete' | 'partial';

/** The tables of the currency's raw and transformed keyspaces that hold data, as `ks.table`. */
export async function occupiedTables(
  admin: KeyspaceAdmin,
  keyspaces: KeyspaceSet,
): Promise<string[]> {
  const found: string[] = [];
  for (const [def, name] of keyspaceDefs(keyspaces)) {
    if (def.role === 'tagpacks') continue;
    const tables = await admin.tablesWithData(def, name);
    found.push(...tables.map((table) => `${name}.${table}`));
  }
  return found;
}

/** Whether the currency's raw and transformed keyspaces are empty, loaded, or half-loaded. */
export async function loadState(admin: KeyspaceAdmin, keyspaces: KeyspaceSet): Promise<LoadState> {
  const occupied = await occupiedTables(admin, keyspaces);
  if (occupied.length === 0) return 'empty';
  const completed = occupied.includes(`${keyspaces.transformed}.${COMPLETION_TABLE}`);
  return completed ? 'complete' : 'partial';
}

/**
 * The state for loads that leave loaded keyspaces alone (`load --if-empty`, the demo): only a
 * complete load counts as loaded.
 *
 * @throws LoadError when the keyspaces hold a partial load, which only `--force` replaces.
 */
export async function refusePartialLoad(
  admin: KeyspaceAdmin,
  keyspaces: KeyspaceSet,
): Promise<'empty' | 'complete'> {
  const state = await loadState(admin, keyspaces);
  if (state === 'partial') {
    throw new LoadError(
      `${keyspaces.raw} and ${keyspaces.transformed} hold an incomplete load (data but no ` +
        `${keyspaces.transformed}.${COMPLETION_TABLE} row, as an interrupted load leaves): ` +
        'load again with --force to replace it',
    );
  }
  return state;
}
