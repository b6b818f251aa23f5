import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'graphsense-graphql';

/**
 * The folder of the project's package.json, found upwards from this module, so that the
 * same answer comes from the sources (tests) and from the compiled `dist/` tree.
 */
export function projectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return folder;

    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the ${PACKAGE_NAME} package folder`);
    folder = parent;
  }
}

function readPackageName(manifest: string): unknown {
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
}

/** The project's own data (test chain, concepts), shipped with the package. */
export function projectDataDir(): string {
  return join(projectRoot(), 'data');
}

/** The git-ignored folder of the demo: its secret and user store. */
export function demoDataDir(): string {
  return join(projectRoot(), '.demo');
}
