import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './errors.js';
import { EXAMPLE_SECRETS } from './example-secrets.js';
import type { Mode, Secret } from './types.js';

/** Shortest secret production accepts, in bytes of the string as given. */
export const MIN_SECRET_BYTES = 32;
const GENERATED_SECRET_BYTES = 48;
const DEMO_SECRET_FILE = 'secret';

/**
 * Applies the secret rules of the modes: production requires a strong configured secret,
 * development generates one per process, demo keeps one in its data folder.
 */
export function resolveSecret(configured: string | null, mode: Mode, dataDir: string): Secret {
  if (configured !== null) {
    if (mode === 'production') checkProductionSecret(configured);
    return { value: configured, source: 'setting' };
  }
  if (mode === 'production') {
    throw new ConfigError('SECRET_KEY', 'is required in production');
  }
  if (mode === 'demo') {
    return { value: readOrCreateDemoSecret(dataDir), source: 'demo-file' };
  }
  return { value: generateSecret(), source: 'generated' };
}

function checkProductionSecret(secret: string): void {
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new ConfigError('SECRET_KEY', `must be at least ${MIN_SECRET_BYTES} bytes in production`);
  }
  if (EXAMPLE_SECRETS.includes(secret)) {
    throw new ConfigError('SECRET_KEY', 'is an example value from the docs; generate your own');
  }
}

function generateSecret(): string {
  return randomBytes(GENERATED_SECRET_BYTES).toString('base64url');
}

function readOrCreateDemoSecret(dataDir: string): string {
  const path = join(dataDir, DEMO_SECRET_FILE);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  const secret = generateSecret();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
