export { LoadError } from './errors.js';
export { type KeyspaceSet, keyspaceDefs, keyspacesOf } from './keyspace-set.js';
export {
  DEFAULT_BUCKET_SIZE,
  type LoadChainOptions,
  loadChain,
  MAX_BUCKET_SIZE,
  TX_LIST_LIMIT,
} from './load-chain.js';
export { type LoadState, loadState, refusePartialLoad } from './load-state.js';
export type { LoadProgress, LoadSummary } from './table-writer.js';
