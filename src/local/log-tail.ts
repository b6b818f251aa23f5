import { readFile } from 'node:fs/promises';

/** The last `count` lines of `text`, without trailing blank lines. */
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** The last `count` lines of a file, or an empty string when it cannot be read. */
export async function tailOfFile(file: string, count: number): Promise<string> {
  const content = await readFile(file, 'utf8').catch(() => '');
  return lastLines(content, count);
}
