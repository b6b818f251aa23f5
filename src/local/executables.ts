import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** The first executable called `name` in the folders of `searchPath` (a PATH value), or null. */
export async function findOnPath(
  name: string,
  searchPath = process.env.PATH,
): Promise<string | null> {
  for (const folder of (searchPath ?? '').split(delimiter)) {
    if (folder === '') continue;

    const candidate = join(folder, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

/** Whether `file` exists and may be executed by this process. */
export async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
