export { LoadError } from './errors.js';
export { type KeyspaceSet, keyspaceDefs, keyspacesOf } from './keyspace-set.js';
export {
  DEFAULT_BUCKET_SIZE,
  type LoadChainOptions,
  type LoadProgress,
  type LoadSummary,
  loadChain,
  occupiedTables,
  TX_LIST_LIMIT,
} from './load-chain.js';
