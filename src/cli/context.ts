import type { Command } from 'commander';
import { type Client, connectWithRetry, createClient } from '../cassandra/client.js';
import { type Config, type LoadedConfig, loadConfig, type Mode } from '../config/index.js';

/**
 * The configuration for a command, from `--config` (a global option) and the environment.
 * Its warnings concern the server (the secret), which logs them itself.
 */
export function commandConfig(command: Command, mode?: Mode): LoadedConfig {
  const { config: configFile } = command.optsWithGlobals<{ config?: string }>();
  return loadConfig({ configFile, mode });
}

/**
 * The configuration for a command that neither serves nor signs anything (the data and
 * Cassandra commands): the secret rules of production do not apply to it.
 */
export function toolConfig(command: Command): Config {
  return commandConfig(command, 'development').config;
}

/** Runs `work` with a connected driver client and shuts the client down afterwards. */
export async function withClient<T>(config: Config, work: (client: Client) => Promise<T>) {
  const client = createClient(config.cassandra);
  try {
    // A command run by hand fails at once; the server is the one that waits for Cassandra.
    await connectWithRetry(client, { ...config.cassandra, connectRetryMs: 0 });
    return await work(client);
  } finally {
    await client.shutdown();
  }
}
