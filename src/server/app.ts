import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { GatewaySources } from '../../loaders/sources.js';
import type { GatewayContext } from '../../resolvers/context.js';
import { buildGatewaySchema } from '../../resolvers/schema.js';
import { connectWithRetry, createClient, type Executor } from '../cassandra/client.js';
import type { Config } from '../config/index.js';
import { createErrorFormatter } from './format-error.js';
import { graphiqlPage, registerGraphiqlAssets, wantsPage } from './graphiql.js';

/** The GraphQL endpoint; REST routes will sit beside it. */
export const GRAPHQL_PATH = '/graphql';

/** What the gateway is made from. */
export interface GatewayOptions {
  config: Config;
  /**
   * Runs the CQL. By default the gateway makes its one driver client from the configuration
   * and shuts it down when closed; a test may pass a wrapped client instead (it stays open).
   */
  executor?: Executor;
  /** Fastify's logger; by default pino at the configured level. */
  logger?: FastifyBaseLogger | false;
}

/**
 * The gateway as a Fastify app, ready to listen: one driver client, Apollo Server with the
 * type-graphql schema at /graphql, and the GraphiQL playground when configured. A currency
 * whose keyspaces are missing is logged and stays unavailable; the app starts anyway.
 */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const { config } = options;
  const trustProxy = config.server.trustProxy;
  const app: FastifyInstance =
    options.logger === undefined || options.logger === false
      ? Fastify({ logger: options.logger ?? { level: config.logLevel }, trustProxy })
      : Fastify({ loggerInstance: options.logger, trustProxy });

  const executor = options.executor ?? (await connect(config, app));
  const sources = new GatewaySources(executor, config.mapping, config.limits);
  await reportMissingKeyspaces(sources, app.log);

  const apollo = await startApollo(config, app.log);
  app.addHook('onClose', () => apollo.stop());
  await registerGraphql(
    app,
    apollo,
    config,
    (): GatewayContext => ({
      loaders: sources.forRequest(),
      sources,
      limits: config.limits,
    }),
  );
  return app;
}

async function connect(config: Config, app: FastifyInstance): Promise<Executor> {
  const client = createClient(config.cassandra);
  const { contactPoints, port, connectRetryMs } = config.cassandra;
  app.log.info({ contactPoints, port }, 'connecting to Cassandra');
  await connectWithRetry(client, connectRetryMs, (error) => {
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

async function startApollo(config: Config, log: FastifyBaseLogger) {
  const apollo = new ApolloServer<GatewayContext>({
    schema: await buildGatewaySchema(),
    introspection: config.server.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(config.mode, log),
    // The app's own close hook stops Apollo; signals are the serve command's business.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    logger: log,
  });
  await apollo.start();
  return apollo;
}

/** /graphql for GraphQL over GET and POST; for a browser's GET, the playground when enabled. */
async function registerGraphql(
  app: FastifyInstance,
  apollo: ApolloServer<GatewayContext>,
  config: Config,
  context: () => GatewayContext,
): Promise<void> {
  const handler = fastifyApolloHandler(apollo, { context: async () => context() });
  const landingPage = config.server.landingPage;
  if (landingPage) await registerGraphiqlAssets(app);

  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: GRAPHQL_PATH,
    handler(request, reply) {
      if (landingPage && wantsPage(request)) return reply.type('text/html').send(graphiqlPage());
      return handler.call(this, request, reply);
    },
  });
}
