import {
  addressByIdGroupRows,
  addressIncomingRows,
  addressNets,
  addressOutgoingRows,
  addressRows,
  addressSummaries,
  addressTransactionRows,
  estimatedFlows,
} from './address-tables.js';
import {
  addressClusterRows,
  clusterAddressRows,
  clusterFlows,
  clusterIncomingRows,
  clusterNets,
  clusterOutgoingRows,
  clusterRows,
  clusterSummaries,
} from './cluster-tables.js';
import { clusterAddresses } from './clusters.js';
import { type AddressIds, assignAddressIds, sortByTxIndex } from './ids.js';
import type { AddressNetTransaction } from './net-rows.js';
import { exchangeRateRows, heightRates } from './rates.js';
import { rawStatistics } from './raw.js';
import { degrees } from './relations.js';
import { accumulateStatistics, nodesWithOutputs } from './statistics.js';
import {
  addressTagRows,
  clusterTagRows,
  countLabels,
  isOfCurrency,
  labelsByNode,
  transformedTagByLabelRows,
} from './tags.js';
import type {
  AddressTag,
  DeriveOptions,
  RawChain,
  SummaryStatisticsRow,
  TransformedRows,
} from './types.js';

type AddressTables = Pick<
  TransformedRows,
  | 'address'
  | 'addressByIdGroup'
  | 'addressTransactions'
  | 'addressTags'
  | 'addressIncomingRelations'
  | 'addressOutgoingRelations'
>;

type ClusterTables = Pick<
  TransformedRows,
  | 'addressCluster'
  | 'cluster'
  | 'clusterAddresses'
  | 'clusterTags'
  | 'clusterIncomingRelations'
  | 'clusterOutgoingRelations'
>;

/**
 * Derives every table of the transformed keyspace from a raw chain and the tags of the
 * tagpacks keyspace, by the rules of transformation.md (sections 2 to 6). Only tags of
 * `options.currency` count, compared without regard to case.
 */
export function deriveTransformed(
  chain: RawChain,
  tags: AddressTag[],
  options: DeriveOptions,
): TransformedRows {
  checkOptions(options);
  const sorted = sortByTxIndex(chain.transactions);
  const rates = heightRates(chain.blocks, chain.exchangeRates);
  const ids = assignAddressIds(sorted);
  const nets = addressNets(sorted, ids, rates);
  const jobTags = tags.filter((tag) => isOfCurrency(tag, options.currency));
  const addresses = addressTables(nets, ids, jobTags, options);
  const clusterOf = clusterAddresses(sorted, ids.idOf, options.includeCoinjoin);
  const clusters = clusterTables(nets, clusterOf, addresses, options);
  return {
    summaryStatistics: [summaryRow(chain, addresses, clusters, options)],
    exchangeRates: exchangeRateRows(rates),
    ...addresses,
    ...clusters,
    tagByLabel: transformedTagByLabelRows(jobTags, addresses.addressTags),
  };
}

function checkOptions(options: DeriveOptions): void {
  if (!Number.isInteger(options.bucketSize) || options.bucketSize < 1) {
    throw new RangeError(`bucket size must be a positive integer: ${options.bucketSize}`);
  }
  if (!Number.isInteger(options.txListLimit) || options.txListLimit < 0) {
    throw new RangeError(`tx list limit must be a non-negative integer: ${options.txListLimit}`);
  }
}

function addressTables(
  nets: AddressNetTransaction[],
  ids: AddressIds,
  tags: AddressTag[],
  options: DeriveOptions,
): AddressTables {
  const statistics = accumulateStatistics(nets);
  const present = nodesWithOutputs(statistics);
  const flows = estimatedFlows(nets, ids, options.txListLimit).finish(present);
  const address = addressRows(ids, statistics, present, degrees(flows));
  const addressTags = addressTagRows(tags, ids.idOf, present);
  const ends = {
    summaries: addressSummaries(address),
    labels: labelsByNode(addressTags, (tag) => tag.addressId),
    bucketSize: options.bucketSize,
  };
  return {
    address,
    addressByIdGroup: addressByIdGroupRows(ids, options.bucketSize),
    addressTransactions: addressTransactionRows(nets, options.bucketSize),
    addressTags,
    addressIncomingRelations: addressIncomingRows(flows, ends),
    addressOutgoingRelations: addressOutgoingRows(flows, ends),
  };
}

function clusterTables(
  nets: AddressNetTransaction[],
  clusterOf: Int32Array,
  addresses: AddressTables,
  options: DeriveOptions,
): ClusterTables {
  const statistics = accumulateStatistics(clusterNets(nets, clusterOf));
  const present = nodesWithOutputs(statistics);
  const flowTable = clusterFlows(clusterNets(nets, clusterOf), clusterOf, options.txListLimit);
  const flows = flowTable.finish(present);
  const context = { clusterOf, addresses: addresses.address, degreeOf: degrees(flows), ...options };
  const cluster = clusterRows(statistics, present, context);
  const clusterTags = clusterTagRows(addresses.addressTags, clusterOf, options.bucketSize);
  const ends = {
    summaries: clusterSummaries(cluster),
    labels: labelsByNode(clusterTags, (tag) => tag.cluster),
    bucketSize: options.bucketSize,
  };
  return {
    addressCluster: addressClusterRows(clusterOf, options.bucketSize),
    cluster,
    clusterAddresses: clusterAddressRows(addresses.address, clusterOf, options.bucketSize),
    clusterTags,
    clusterIncomingRelations: clusterIncomingRows(flows, ends),
    clusterOutgoingRelations: clusterOutgoingRows(flows, ends),
  };
}

function summaryRow(
  chain: RawChain,
  addresses: AddressTables,
  clusters: ClusterTables,
  options: DeriveOptions,
): SummaryStatisticsRow {
  const raw = rawStatistics(chain, options.rawKeyspace);
  return {
    timestamp: raw.timestamp,
    noBlocks: BigInt(raw.noBlocks),
    noTransactions: raw.noTxs,
    noAddresses: BigInt(addresses.address.length),
    noAddressRelations: BigInt(addresses.addressOutgoingRelations.length),
    noClusters: BigInt(clusters.cluster.length),
    noTags: BigInt(countLabels(addresses.addressTags)),
    bucketSize: options.bucketSize,
  };
}
