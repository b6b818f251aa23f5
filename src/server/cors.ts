import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** The CORS_ORIGINS entry that stands for any origin. */
export const ANY_ORIGIN = '*';

/**
 * Cross-origin access for the configured origins only; none without CORS_ORIGINS. Listed
 * origins may send credentials (the token cookie). A wildcard, which production refuses at
 * start-up, lets any origin call without credentials: browsers then send no cookie, and a
 * page must send its token as an `Authorization` header.
 */
export async function registerCors(app: FastifyInstance, origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  if (origins.includes(ANY_ORIGIN)) {
    app.log.warn('CORS_ORIGINS is "*": any origin may call the gateway, without credentials');
    await app.register(cors, { origin: ANY_ORIGIN, credentials: false });
    return;
  }
  await app.register(cors, { origin: origins, credentials: true });
}
