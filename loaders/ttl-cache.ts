/** Milliseconds in a second, for settings given in seconds. */
const MS_PER_SECOND = 1_000;

/**
 * One value shared by every request of the process for a while: the statistics row and the
 * current rates, which change only with an import. A failed load is forgotten at once, and
 * concurrent callers share one load.
 */
export class TtlCache<V> {
  private entry: { value: Promise<V>; expires: number } | null = null;

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value, or the result of `load` when it has expired or never loaded. */
  get(load: () => Promise<V>): Promise<V> {
    if (this.entry !== null && this.entry.expires > this.now()) return this.entry.value;

    const value = load();
    const entry = { value, expires: this.now() + this.ttlSeconds * MS_PER_SECOND };
    this.entry = entry;
    value.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return value;
  }
}
