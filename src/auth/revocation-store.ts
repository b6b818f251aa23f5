import { guard, type SqliteTable } from './sqlite-table.js';

/** How often expired revocations are deleted from the file. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1_000;

/** What is kept of a revoked token: whose it was, for whoever reads the file. */
interface Revocation {
  username: string;
}

/** The table the revocation store reads and writes. */
export type RevocationTable = SqliteTable<Revocation>;

/**
 * Revoked token ids, in the `revoked` table of the store's SQLite file, each kept until the
 * token would have expired. Every read or write that fails throws AuthStoreUnavailable.
 */
export class RevocationStore {
  readonly #table: RevocationTable;

  constructor(table: RevocationTable) {
    this.#table = table;
  }

  /** Records `tokenId` as revoked until `until` (milliseconds since the epoch). */
  async revoke(tokenId: string, username: string, until: number): Promise<void> {
    // keyv's TTLs are milliseconds; a token at its very end still gets an entry.
    const ttl = Math.max(1, until - Date.now());
    await guard('revoking a token', () => this.#table.keyv.set(tokenId, { username }, ttl));
  }

  /** Whether `tokenId` has been revoked (and its entry has not run out). */
  async isRevoked(tokenId: string): Promise<boolean> {
    const entry = await guard('reading revoked tokens', () => this.#table.keyv.get(tokenId));
    return entry !== undefined;
  }

  /**
   * Deletes entries that have run out and returns how many. keyv's SQLite adapter keeps
   * expired rows until they are read again, so without this the file would only grow.
   */
  async sweepExpired(now: number = Date.now()): Promise<number> {
    const { adapter, table } = this.#table;
    const statement = `DELETE FROM ${table} WHERE json_extract(value, '$.expires') < ? RETURNING key`;
    const rows: unknown[] = await guard('sweeping revoked tokens', () =>
      adapter.query(statement, now),
    );
    return rows.length;
  }

  /**
   * Sweeps every `intervalMs` until the returned function is called. The timer does not keep
   * the process alive; a failed sweep goes to `onError` and the next one tries again (the
   * entries it missed are expired and harmless meanwhile).
   */
  sweepPeriodically(
    intervalMs: number = SWEEP_INTERVAL_MS,
    onError: (error: unknown) => void = () => undefined,
  ): () => void {
    const timer = setInterval(() => {
      this.sweepExpired().catch(onError);
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
