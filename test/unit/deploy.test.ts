import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../../src/cli/program.js';
import { projectRoot, SETTINGS } from '../../src/config/index.js';

const ROOT = projectRoot();
const SETTING_NAMES = new Set([...Object.values(SETTINGS).map((spec) => spec.env), 'NODE_ENV']);

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
}

const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as {
  services: Record<string, Service>;
};
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The subcommand that `args` runs, after checking that each of its options exists. */
function checkCommandLine(args: string[]): Command {
  const [name, ...rest] = args;
  const command = buildProgram().commands.find((candidate) => candidate.name() === name);
  if (command === undefined) throw new Error(`no command ${name}`);
  const known = new Set(command.options.map((option) => option.long));
  for (const flag of rest.filter((arg) => arg.startsWith('--'))) {
    expect(known, `${name} ${flag}`).toContain(flag);
  }
  return command;
}

describe('compose.yaml and the Dockerfile', () => {
  const gatewayServices = ['loader', 'gateway'];

  it.each(gatewayServices)('%s uses only setting names of the configuration module', (name) => {
    const environment = compose.services[name]?.environment ?? {};
    for (const key of Object.keys(environment)) expect(SETTING_NAMES).toContain(key);
  });

  it.each(gatewayServices)('%s runs commands and options the CLI has', (name) => {
    const command = compose.services[name]?.command ?? [];
    expect(checkCommandLine(command).name()).toBe(command[0]);
  });

  it('publishes the port the gateway listens on', () => {
    const gateway = compose.services.gateway ?? {};
    const port = String(SETTINGS.port.default);
    expect(gateway.environment?.PORT).toBe(port);
    expect(gateway.ports).toContain(`${port}:${port}`);
    expect(dockerfile).toContain(`EXPOSE ${port}`);
    expect(dockerfile).toMatch(new RegExp(`ENV .*PORT=${port}`));
  });

  it('starts the command line of the package', () => {
    expect(dockerfile).toContain('ENTRYPOINT ["node", "bin/graphsense-graphql.js"]');
    const cmd = /CMD \[(.*)\]/.exec(dockerfile)?.[1] ?? '';
    checkCommandLine(JSON.parse(`[${cmd}]`) as string[]);
  });

  it('waits for a healthy Cassandra before loading, and for the load before serving', () => {
    expect(compose.services.cassandra).toMatchObject({ image: 'cassandra:5' });
    expect(compose.services.cassandra).toHaveProperty('healthcheck');
    expect(compose.services.loader).toMatchObject({
      depends_on: { cassandra: { condition: 'service_healthy' } },
    });
    expect(compose.services.gateway).toMatchObject({
      depends_on: { loader: { condition: 'service_completed_successfully' } },
    });
  });
});
