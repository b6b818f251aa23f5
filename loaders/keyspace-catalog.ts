import type { KeyspaceRepository } from '../src/cassandra/keyspace.repository.js';
import type { KeyspaceMapping } from '../src/config/index.js';

const MS_PER_SECOND = 1_000;

/**
 * Which configured keyspaces exist. Checked at start-up; a keyspace found missing is checked
 * again when asked for, at most once per `recheckSeconds`, so that loading it later brings
 * its currency online without a restart. A keyspace found once is not checked again: if it
 * disappears, its queries fail as unavailable anyway.
 */
export class KeyspaceCatalog {
  private readonly found = new Set<string>();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | null = null;

  constructor(
    private readonly repository: KeyspaceRepository,
    private readonly mapping: KeyspaceMapping,
    private readonly recheckSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks every configured keyspace; answers the names that do not exist. */
  async refresh(): Promise<string[]> {
    this.pending ??= this.check().finally(() => {
      this.pending = null;
    });
    await this.pending;
    return this.configured().filter((name) => !this.exists(name));
  }

  /** Those of `keyspaces` that do not exist; empty when all do. */
  async missing(keyspaces: readonly string[]): Promise<string[]> {
    const absent = () => keyspaces.filter((name) => !this.exists(name));
    if (absent().length > 0 && this.now() - this.checkedAt >= this.recheckSeconds * MS_PER_SECOND) {
      await this.refresh();
    }
    return absent();
  }

  private async check(): Promise<void> {
    const existing = await this.repository.existing(this.configured().map(lowerCase));
    for (const name of this.configured()) {
      if (existing.has(lowerCase(name))) this.found.add(name);
    }
    this.checkedAt = this.now();
  }

  private exists(name: string): boolean {
    return this.found.has(name);
  }

  private configured(): string[] {
    const currencies = Object.values(this.mapping.currencies);
    return [
      this.mapping.tagpacks,
      ...currencies.flatMap(({ raw, transformed }) => [raw, transformed]),
    ];
  }
}

// Unquoted CQL identifiers are case-insensitive; Cassandra stores them in lower case.
function lowerCase(name: string): string {
  return name.toLowerCase();
}
