/**
 * Records of the raw chain and of the keyspaces derived from it.
 *
 * Field names are the CQL column names in camelCase (`no_incoming_txs` is `noIncomingTxs`),
 * so that `src/cassandra` can map them generically. Amounts are `bigint` satoshi, fiat
 * values are float32 numbers (see `fiat.ts`), hashes are lower-case hex without `0x`.
 */

/** One entry of a transaction's inputs or outputs. */
export interface RawInputOutput {
  /** Null for non-standard and OP_RETURN scripts; several addresses for bare multisig. */
  address: string[] | null;
  value: bigint;
  addressType: number | null;
}

export interface RawBlock {
  height: number;
  blockHash: string;
  timestamp: number;
  noTransactions: number;
}

export interface RawTransaction {
  txPrefix: string;
  txHash: string;
  txIndex: bigint;
  height: number;
  timestamp: number;
  coinbase: boolean;
  totalInput: bigint;
  totalOutput: bigint;
  inputs: RawInputOutput[];
  outputs: RawInputOutput[];
  /** Null when the exporter did not decide; treated like `true` for clustering. */
  coinjoin: boolean | null;
}

export interface RawExchangeRate {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  eur: number;
  usd: number;
}

export interface RawSummaryStatistics {
  id: string;
  noBlocks: number;
  noTxs: bigint;
  timestamp: number;
}

export interface TxSummary {
  txHash: string;
  noInputs: number;
  noOutputs: number;
  totalInput: bigint;
  totalOutput: bigint;
}

export interface RawBlockTransactions {
  height: number;
  txs: TxSummary[];
}

/** A tag as stored in the tagpacks keyspace's `tag_by_address`. */
export interface AddressTag {
  address: string;
  /** Upper case in the data ("BTC"); compare without regard to case. */
  currency: string;
  label: string;
  source: string | null;
  tagpackUri: string;
  lastmod: number | null;
  category: string | null;
  abuse: string | null;
}

/** Everything a raw chain input holds, after parsing. */
export interface RawChain {
  blocks: RawBlock[];
  transactions: RawTransaction[];
  /** Empty when the input had no rates: every rate is then unknown (0.0). */
  exchangeRates: RawExchangeRate[];
  /** Null when the input lacks it; the derivation then computes it. */
  summaryStatistics: RawSummaryStatistics | null;
  tags: AddressTag[];
}

/** The `value` UDT: an amount with its fiat values at the time of the transaction(s). */
export interface Value {
  value: bigint;
  eur: number;
  usd: number;
}

/** The `tx_id_time` UDT. */
export interface TxIdTime {
  height: number;
  txHash: string;
  timestamp: number;
}

export interface AddressSummary {
  totalReceived: Value;
  totalSpent: Value;
}

export interface ClusterSummary extends AddressSummary {
  noAddresses: number;
}

/** The statistics shared by `address`, `cluster` and `cluster_addresses`. */
export interface NodeStatistics {
  noIncomingTxs: number;
  noOutgoingTxs: number;
  firstTx: TxIdTime;
  lastTx: TxIdTime;
  totalReceived: Value;
  totalSpent: Value;
  inDegree: number;
  outDegree: number;
}

export interface SummaryStatisticsRow {
  timestamp: number;
  noBlocks: bigint;
  noTransactions: bigint;
  noAddresses: bigint;
  noAddressRelations: bigint;
  noClusters: bigint;
  noTags: bigint;
  bucketSize: number;
}

export interface ExchangeRateRow {
  height: number;
  eur: number;
  usd: number;
}

export interface AddressRow extends NodeStatistics {
  addressPrefix: string;
  address: string;
  addressId: number;
}

export interface AddressByIdGroupRow {
  addressIdGroup: number;
  addressId: number;
  address: string;
}

export interface AddressTransactionRow {
  addressIdGroup: number;
  addressId: number;
  txHash: string;
  /** Net change for the address: positive received, negative spent, zero when it nets out. */
  value: bigint;
  height: number;
  txIndex: number;
  timestamp: number;
}

export interface AddressTagRow {
  address: string;
  addressId: number;
  label: string;
  source: string | null;
  tagpackUri: string;
  lastmod: number | null;
  category: string | null;
  abuse: string | null;
}

export interface AddressIncomingRelationRow {
  dstAddressIdGroup: number;
  dstAddressId: number;
  srcAddressId: number;
  srcProperties: AddressSummary;
  srcLabels: string[] | null;
  noTransactions: number;
  estimatedValue: Value;
}

export interface AddressOutgoingRelationRow {
  srcAddressIdGroup: number;
  srcAddressId: number;
  dstAddressId: number;
  dstProperties: AddressSummary;
  dstLabels: string[] | null;
  noTransactions: number;
  estimatedValue: Value;
  /** All hashes, sorted, when the pair shares at most the list limit; empty beyond it. */
  txList: string[];
}

export interface AddressClusterRow {
  addressIdGroup: number;
  addressId: number;
  cluster: number;
}

export interface ClusterRow extends NodeStatistics {
  clusterGroup: number;
  cluster: number;
  noAddresses: number;
}

export interface ClusterAddressRow extends NodeStatistics {
  clusterGroup: number;
  cluster: number;
  addressId: number;
}

export interface ClusterTagRow extends AddressTagRow {
  clusterGroup: number;
  cluster: number;
}

export interface ClusterIncomingRelationRow {
  dstClusterGroup: number;
  dstCluster: number;
  srcCluster: number;
  srcProperties: ClusterSummary;
  srcLabels: string[] | null;
  noTransactions: number;
  value: Value;
}

export interface ClusterOutgoingRelationRow {
  srcClusterGroup: number;
  srcCluster: number;
  dstCluster: number;
  dstProperties: ClusterSummary;
  dstLabels: string[] | null;
  noTransactions: number;
  value: Value;
  txList: string[];
}

/** A row of `tag_by_label`; `activeAddress` only in the transformed keyspace. */
export interface TagByLabelRow {
  labelNormPrefix: string;
  labelNorm: string;
  label: string;
  address: string;
  source: string | null;
  tagpackUri: string;
  currency: string;
  lastmod: number | null;
  category: string | null;
  abuse: string | null;
  activeAddress?: boolean;
}

export interface TagByCategoryRow {
  category: string;
  currency: string;
  abuse: string | null;
  labelNorm: string;
  label: string;
  address: string;
  source: string | null;
  tagpackUri: string;
  lastmod: number | null;
}

export interface TagpackByUriRow {
  uri: string;
  title: string | null;
  description: string | null;
  creator: string | null;
}

export interface TaxonomyByKeyRow {
  key: string;
  uri: string;
}

export interface ConceptRow {
  taxonomy: string;
  id: string;
  uri: string;
  label: string;
  description: string;
}

/** The rows of the raw keyspace that the exporter writes besides blocks and transactions. */
export interface DerivedRawRows {
  blockTransactions: RawBlockTransactions[];
  summaryStatistics: RawSummaryStatistics;
}

/** Every table of the transformed keyspace, as rows. */
export interface TransformedRows {
  summaryStatistics: SummaryStatisticsRow[];
  exchangeRates: ExchangeRateRow[];
  address: AddressRow[];
  addressByIdGroup: AddressByIdGroupRow[];
  addressTransactions: AddressTransactionRow[];
  addressTags: AddressTagRow[];
  addressIncomingRelations: AddressIncomingRelationRow[];
  addressOutgoingRelations: AddressOutgoingRelationRow[];
  addressCluster: AddressClusterRow[];
  cluster: ClusterRow[];
  clusterAddresses: ClusterAddressRow[];
  clusterTags: ClusterTagRow[];
  clusterIncomingRelations: ClusterIncomingRelationRow[];
  clusterOutgoingRelations: ClusterOutgoingRelationRow[];
  tagByLabel: TagByLabelRow[];
}

/** The tagpacks keyspace rows derived from a set of tags. */
export interface TagpackRows {
  tagByAddress: AddressTag[];
  tagByLabel: TagByLabelRow[];
  tagByCategory: TagByCategoryRow[];
  tagpackByUri: TagpackByUriRow[];
}

export interface TaxonomyRows {
  taxonomyByKey: TaxonomyByKeyRow[];
  conceptByTaxonomyId: ConceptRow[];
}

export interface DeriveOptions {
  /** Divisor of ids into id groups; the pipeline's default is 25000. */
  bucketSize: number;
  /** Cluster coinjoin transactions too (excluded by default, as in production). */
  includeCoinjoin: boolean;
  /** Transaction lists of relations hold at most this many hashes (100 in the pipeline). */
  txListLimit: number;
  /** The currency code of the job, compared with tag currencies without regard to case. */
  currency: string;
  /** Raw keyspace name: the `id` of a derived raw `summary_statistics` row. */
  rawKeyspace: string;
}
