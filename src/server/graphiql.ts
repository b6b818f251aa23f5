import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PUBLIC_ROUTE } from './auth-hook.js';

/** Where the playground's files are served, relative to the GraphQL endpoint. */
export const ASSETS_PATH = '/graphiql';

const CACHE_CONTROL = 'public, max-age=86400';
const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** The UMD builds the page loads, from npm packages: analysts' networks reach no CDN. */
const ASSETS = new Map([
  [
    'react.production.min.js',
    { pkg: 'react', file: 'umd/react.production.min.js', type: JAVASCRIPT },
  ],
  [
    'react-dom.production.min.js',
    { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: JAVASCRIPT },
  ],
  ['graphiql.min.js', { pkg: 'graphiql', file: 'graphiql.min.js', type: JAVASCRIPT }],
  [
    'graphiql.min.css',
    { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
  ],
]);

const require = createRequire(import.meta.url);

/** The page: GraphiQL 3 on React 18, asking the endpoint it was served from. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphSense GraphQL</title>
<link rel="stylesheet" href="graphiql/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphiQL playground...</div>
<script src="graphiql/react.production.min.js"></script>
<script src="graphiql/react-dom.production.min.js"></script>
<script src="graphiql/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
</script>
</body>
</html>
`;

/** The playground page's HTML. */
export function graphiqlPage(): string {
  return PAGE;
}

/** Whether a GET asks for a page (a browser) rather than a GraphQL answer. */
export function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return request.method === 'GET' && accept.includes('text/html');
}

/** Serves the playground's scripts and styles, each read once from node_modules. */
export async function registerGraphiqlAssets(app: FastifyInstance): Promise<void> {
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { file: string } }>(
    `${ASSETS_PATH}/:file`,
    { config: PUBLIC_ROUTE },
    async (request, reply) => {
      const asset = ASSETS.get(request.params.file);
      if (asset === undefined) return reply.code(404).send({ message: 'not found' });

      let content = cache.get(request.params.file);
      if (content === undefined) {
        content = await readFile(join(packageDir(asset.pkg), asset.file));
        cache.set(request.params.file, content);
      }
      return reply.type(asset.type).header('cache-control', CACHE_CONTROL).send(content);
    },
  );
}

// The packages' export maps hide these files, but every package exports its package.json.
function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}
