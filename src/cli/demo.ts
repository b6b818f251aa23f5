import { join } from 'node:path';
import { Command } from 'commander';
import { KeyspaceAdmin } from '../cassandra/keyspaces.js';
import { type Config, type LoadedConfig, projectDataDir } from '../config/index.js';
import { keyspacesOf, loadChain, refusePartialLoad } from '../load/index.js';
import { startNode } from '../local/index.js';
import { commandConfig, withClient } from './context.js';
import { DEMO_CURRENCY, demoInstructions } from './demo-instructions.js';
import { ensureDemoUser } from './demo-user.js';
import { progressLine } from './progress.js';
import { serve } from './serve.js';

export const STOPPED_MESSAGE = 'The gateway stopped; Cassandra keeps running.';

/**
 * `demo`: the local Cassandra, the project's test chain in the configured keyspaces (loaded
 * only when they are empty), the demo user (created with a generated password when missing),
 * and the gateway in the foreground in demo mode.
 */
export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'Start (or reuse) the local Cassandra, load the test chain when its keyspaces are ' +
        'empty, add the demo user when missing, and serve the gateway in the foreground ' +
        '(Ctrl-C stops the gateway only)',
    )
    .action(async (_options: object, command: Command) => {
      const loaded = onLocalNode(commandConfig(command, 'demo'));
      await startNode(loaded.config.local, say);
      await loadTestChainIfEmpty(loaded.config);
      const { dataDir } = loaded.config.auth;
      const user = await ensureDemoUser(dataDir);
      const app = await serve(loaded);
      process.once('SIGINT', () => void app.close().then(() => say(STOPPED_MESSAGE)));
      const { landingPage } = loaded.config.server;
      say(demoInstructions({ origin: app.listeningOrigin, landingPage, dataDir, user }));
    });
}

/** The demo always talks to the local node, whatever the Cassandra settings say. */
function onLocalNode(loaded: LoadedConfig): LoadedConfig {
  const { config } = loaded;
  const cassandra = {
    ...config.cassandra,
    contactPoints: ['127.0.0.1'],
    port: config.local.cqlPort,
  };
  return { ...loaded, config: { ...config, cassandra } };
}

async function loadTestChainIfEmpty(config: Config): Promise<void> {
  const keyspaces = keyspacesOf(config, DEMO_CURRENCY);
  await withClient(config, async (client) => {
    const admin = new KeyspaceAdmin(client, config.cassandra.schemaTimeoutMs);
    if ((await refusePartialLoad(admin, keyspaces)) === 'complete') {
      say(`Using the data already in ${keyspaces.raw} and ${keyspaces.transformed}.`);
      return;
    }
    say(`Loading the test chain into ${keyspaces.raw} and ${keyspaces.transformed} ...`);
    await loadChain(client, config, {
      currency: DEMO_CURRENCY,
      inputDir: join(projectDataDir(), 'test-chain'),
      conceptsFile: join(projectDataDir(), 'taxonomy/concepts.yaml'),
      onProgress: progressLine(),
    });
  });
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
