import { randomBytes } from 'node:crypto';
import { openAuthStore } from '../auth/index.js';

/** The account the demo creates for itself. */
export const DEMO_USERNAME = 'demo';

/** Random bytes of a generated demo password: 16 characters of base64url. */
const DEMO_PASSWORD_BYTES = 12;

/** The demo user: just created, with its password, or there from an earlier run. */
export type DemoUser = { created: true; password: string } | { created: false };

/**
 * Adds the demo user with a generated password when the user store in `dataDir` has none of
 * that name. The password is returned once, to be shown once: only its hash is kept.
 */
export async function ensureDemoUser(dataDir: string): Promise<DemoUser> {
  const store = await openAuthStore(dataDir);
  try {
    if ((await store.users.find(DEMO_USERNAME)) !== undefined) return { created: false };
    const password = randomBytes(DEMO_PASSWORD_BYTES).toString('base64url');
    await store.users.add(DEMO_USERNAME, password);
    return { created: true, password };
  } finally {
    await store.close();
  }
}
