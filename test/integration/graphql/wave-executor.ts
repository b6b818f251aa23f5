import type { Executor } from '../../../src/cassandra/client.js';

type Release = () => Promise<unknown>;

/**
 * Wraps an executor to count waves of Cassandra requests: each request is held until the
 * event loop is idle (setImmediate), then all held requests go out together, and the next
 * set waits until every answer of this one is back. A set is one wave: requests that could
 * have gone together in a real run share one.
 */
export class WaveExecutor implements Executor {
  waves = 0;
  requests = 0;
  private held: Release[] = [];
  private scheduled = false;
  private running = false;

  constructor(private readonly inner: Executor) {}

  execute(...args: Parameters<Executor['execute']>): ReturnType<Executor['execute']> {
    return new Promise((resolve, reject) => {
      this.held.push(() => this.inner.execute(...args).then(resolve, reject));
      this.schedule();
    });
  }

  /** Starts counting afresh. */
  reset(): void {
    this.waves = 0;
    this.requests = 0;
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => void this.release());
  }

  private async release(): Promise<void> {
    this.scheduled = false;
    const set = this.held.splice(0);
    this.waves += 1;
    this.requests += set.length;

    this.running = true;
    await Promise.allSettled(set.map((send) => send()));
    this.running = false;
    if (this.held.length > 0) this.schedule();
  }
}
