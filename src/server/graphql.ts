import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayContext } from '../../resolvers/context.js';
import { buildGatewaySchema } from '../../resolvers/schema.js';
import type { Config } from '../config/index.js';
import { PUBLIC_ROUTE } from './auth-hook.js';
import { createErrorFormatter } from './format-error.js';
import { graphiqlPage, registerGraphiqlAssets, wantsPage } from './graphiql.js';

/** The GraphQL endpoint; the REST routes sit beside it. */
export const GRAPHQL_PATH = '/graphql';

/** Builds one request's context from its HTTP request and answer. */
export type ContextFactory = (request: FastifyRequest, reply: FastifyReply) => GatewayContext;

/**
 * Apollo Server over the gateway's schema, started: introspection as configured, CSRF
 * prevention on (a GET or a simple-content-type POST must show it is no cross-site form),
 * Apollo's CDN landing page off (the gateway serves GraphiQL itself).
 */
export async function startApollo(
  config: Config,
  log: FastifyBaseLogger,
): Promise<ApolloServer<GatewayContext>> {
  const apollo = new ApolloServer<GatewayContext>({
    schema: await buildGatewaySchema(),
    introspection: config.server.introspection,
    // Without introspection, "Did you mean ...?" suggestions would reveal the schema anyway.
    hideSchemaDetailsFromClientErrors: !config.server.introspection,
    csrfPrevention: true,
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

/**
 * /graphql for GraphQL over GET and POST, and for a browser's GET the playground when
 * enabled. The route is public: authentication is per field, inside GraphQL.
 */
export async function registerGraphql(
  app: FastifyInstance,
  apollo: ApolloServer<GatewayContext>,
  config: Config,
  context: ContextFactory,
): Promise<void> {
  const handler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => context(request, reply),
  });
  const landingPage = config.server.landingPage;
  if (landingPage) await registerGraphiqlAssets(app);

  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: GRAPHQL_PATH,
    config: PUBLIC_ROUTE,
    handler(request, reply) {
      if (landingPage && wantsPage(request)) return reply.type('text/html').send(graphiqlPage());
      return handler.call(this, request, reply);
    },
  });
}
