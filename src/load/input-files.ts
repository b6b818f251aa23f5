import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ChainFile, parseChainFiles, parseConcepts } from '../derive/index.js';
import type { RawChain, TaxonomyRows } from '../derive/types.js';
import { LoadError } from './errors.js';

const TABLE_FILE_SUFFIX = '.jsonl';

/** Everything a load reads before it touches Cassandra. */
export interface LoadInput {
  chain: RawChain;
  taxonomies: TaxonomyRows;
}

/**
 * Reads and checks the raw chain of a folder and the concepts file.
 *
 * @throws InputError at the first fault of either, LoadError when a file cannot be read.
 */
export async function readLoadInput(inputDir: string, conceptsFile: string): Promise<LoadInput> {
  const chain = parseChainFiles(await readChainFiles(inputDir));
  const taxonomies = parseConcepts(await readText(conceptsFile, 'the concepts file'), conceptsFile);
  return { chain, taxonomies };
}

/** The `.jsonl` files of the folder, by name; directories named like them are skipped. */
async function readChainFiles(dir: string): Promise<ChainFile[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new LoadError(`cannot read the input folder ${dir} (${errorCode(error)})`);
  }
  const names = entries
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith(TABLE_FILE_SUFFIX))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readText(join(dir, name), 'the input file') })),
  );
}

async function readText(path: string, role: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new LoadError(`cannot read ${role} ${path} (${errorCode(error)})`);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
