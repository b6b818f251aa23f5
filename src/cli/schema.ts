import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { printGatewaySchema } from '../../resolvers/schema.js';

/** `schema`: the schema in SDL, sorted, as the committed `schema.graphql` holds it. */
export function schemaCommand(): Command {
  return new Command('schema')
    .description('Print the GraphQL schema (SDL, types and fields sorted)')
    .option('--output <file>', 'write it to this file instead of standard output')
    .action(async (options: { output?: string }) => {
      const sdl = await printGatewaySchema();
      if (options.output === undefined) {
        process.stdout.write(sdl);
        return;
      }
      await writeFile(options.output, sdl);
      process.stdout.write(`wrote ${options.output}\n`);
    });
}
