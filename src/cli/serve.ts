import { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { LoadedConfig } from '../config/index.js';
import { createGateway } from '../server/app.js';
import { GRAPHQL_PATH } from '../server/graphql.js';
import { commandConfig } from './context.js';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** `serve`: the GraphQL gateway on the configured host and port. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('Start the GraphQL gateway on HOST:PORT (GraphiQL at /graphql in development)')
    .action(async (_options: object, command: Command) => {
      await serve(commandConfig(command));
    });
}

/**
 * Starts the gateway and listens until SIGINT or SIGTERM, which close it gracefully:
 * requests in flight finish, then the driver client shuts down.
 */
export async function serve({ config, warnings }: LoadedConfig): Promise<FastifyInstance> {
  const app = await createGateway({ config });
  for (const warning of warnings) app.log.warn(warning);

  const { host, port } = config.server;
  const address = await app.listen({ host, port });
  app.log.info(
    { mode: config.mode, landingPage: config.server.landingPage },
    `GraphQL at ${address}${GRAPHQL_PATH}`,
  );

  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void app.close();
    });
  }
  return app;
}
