import type { LoadProgress } from '../load/index.js';

const REDRAW_INTERVAL_MS = 200;

/**
 * A one-line progress report on standard error: redrawn in place on a terminal, one line
 * per finished table otherwise (logs and CI).
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr) {
  let lastDraw = 0;
  return (progress: LoadProgress): void => {
    const done = progress.written === progress.total;
    const text = `${progress.keyspace}.${progress.table}: ${progress.written}/${progress.total} rows`;
    if (!stream.isTTY) {
      if (done) stream.write(`${text}\n`);
      return;
    }

    const now = Date.now();
    if (!done && now - lastDraw < REDRAW_INTERVAL_MS) return;
    lastDraw = now;
    stream.write(`\r\x1b[K${text}${done ? '\n' : ''}`);
  };
}
