#!/usr/bin/env node
// Launcher for the compiled command line; `npm ci` builds dist/ through the prepare script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('graphsense-graphql is not built yet: run `npm run build` first.\n');
  process.exit(1);
}
await import(main);
