import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { GatewaySources } from '../../loaders/sources.js';
import type { GatewayContext } from '../../resolvers/context.js';
import { type AuthService, type AuthStoreOptions, openAuthService } from '../auth/index.js';
import { connectWithRetry, createClient, type Executor } from '../cassandra/client.js';
import type { Config } from '../config/index.js';
import { registerAuthentication } from './auth-hook.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerCors } from './cors.js';
import { type ContextFactory, registerGraphql, startApollo } from './graphql.js';
import { loggerOptions } from './logger.js';
import { registerRestAnswers } from './rest-answer.js';

/** What the gateway is made from. */
export interface GatewayOptions {
  config: Config;
  /**
   * Runs the CQL. By default the gateway makes its one driver client from the configuration
   * and shuts it down when closed; a test may pass a wrapped client instead (it stays open).
   */
  executor?: Executor;
  /**
   * Accounts and tokens. By default the gateway opens the user store of the configured data
   * folder and closes it when closed; a test may pass its own service (it stays open).
   */
  auth?: AuthService;
  /** Options of the user store the gateway opens itself (tests use cheap password hashes). */
  authStore?: AuthStoreOptions;
  /** Fastify's logger; by default pino at the configured level, tokens redacted. */
  logger?: FastifyBaseLogger | false;
}

/**
 * The gateway as a Fastify app, ready to listen: one driver client, the auth service, the
 * login routes, CORS for the configured origins, Apollo Server with the type-graphql schema
 * at /graphql, and the GraphiQL playground when configured. Every route but the public ones
 * needs a token. A currency whose keyspaces are missing is logged and stays unavailable; the
 * app starts anyway.
 */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = createApp(config, options.logger);

  // The user store first: a bad data folder fails at once, Cassandra is retried for a while.
  const auth = options.auth ?? (await openAuth(config, app, options.authStore));
  const executor = options.executor ?? (await connect(config, app));
  const sources = new GatewaySources(executor, config.mapping, config.limits);
  await reportMissingKeyspaces(sources, app.log);

  registerRestAnswers(app);
  await app.register(cookie);
  await registerCors(app, config.server.corsOrigins);
  registerAuthentication(app, auth, config.auth.cookieSecure);
  registerAuthRoutes(app);

  const apollo = await startApollo(config, app.log);
  app.addHook('onClose', () => apollo.stop());
  const context: ContextFactory = (request): GatewayContext => ({
    loaders: sources.forRequest(),
    sources,
    limits: config.limits,
    session: request.session,
  });
  await registerGraphql(app, apollo, config, context);
  return app;
}

// The client address of login limits is `request.ip`: X-Forwarded-For counts only when the
// proxy in front is trusted (TRUST_PROXY).
function createApp(config: Config, logger: FastifyBaseLogger | false | undefined) {
  const trustProxy = config.server.trustProxy;
  const app: FastifyInstance =
    logger === undefined || logger === false
      ? Fastify({ logger: logger ?? loggerOptions(config), trustProxy })
      : Fastify({ loggerInstance: logger, trustProxy });
  return app;
}

async function connect(config: Config, app: FastifyInstance): Promise<Executor> {
  const client = createClient(config.cassandra);
  const { contactPoints, port } = config.cassandra;
  app.log.info({ contactPoints, port }, 'connecting to Cassandra');
  await connectWithRetry(client, config.cassandra, (error) => {
    app.log.warn({ err: error }, 'Cassandra not reachable yet; retrying');
  });
  app.addHook('onClose', () => client.shutdown());
  return client;
}

async function reportMissingKeyspaces(sources: GatewaySources, log: FastifyBaseLogger) {
  const missing = await sources.catalog.refresh();
  for (const keyspace of missing) {
    log.warn({ keyspace }, `keyspace ${keyspace} does not exist: its queries are unavailable`);
  }
}

async function openAuth(
  config: Config,
  app: FastifyInstance,
  storeOptions: AuthStoreOptions = {},
): Promise<AuthService> {
  const onSweepError = (error: unknown) => {
    app.log.error({ err: error }, 'sweeping expired revocations failed');
  };
  const auth = await openAuthService(config, { onSweepError, ...storeOptions });
  app.log.info({ dataDir: config.auth.dataDir }, 'user store open');
  app.addHook('onClose', () => auth.close());
  return auth;
}
