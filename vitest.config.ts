import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql is CommonJS: without this alias the tests (ESM) and type-graphql would load
// two copies of graphql and fail with "Cannot use GraphQLObjectType from another realm".
const graphqlAlias = { graphql: require.resolve('graphql/index.js') };

// Vitest's own transform cannot parse parameter decorators; SWC emits them with metadata.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  plugins,
  resolve: { alias: graphqlAlias },
  test: {
    projects: [
      {
        plugins,
        resolve: { alias: graphqlAlias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        plugins,
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // Files create keyspaces of their own; schema changes must not race on one node.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
