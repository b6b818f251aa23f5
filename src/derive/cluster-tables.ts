import { type Flow, FlowTable } from './flow-table.js';
import { idGroup } from './ids.js';
import { type NetTransaction, regroupRows } from './net-rows.js';
import { byDestination, type RelationEnds, summaryOf } from './relations.js';
import { type Degree, type NodeAccumulator, toStatistics } from './statistics.js';
import type {
  AddressClusterRow,
  AddressRow,
  ClusterAddressRow,
  ClusterIncomingRelationRow,
  ClusterOutgoingRelationRow,
  ClusterRow,
  ClusterSummary,
} from './types.js';

/** Every transaction's net rows per cluster: non-zero address rows mapped and netted again. */
export function* clusterNets(
  nets: Iterable<NetTransaction>,
  clusterOf: Int32Array,
): Generator<NetTransaction> {
  const toCluster = (addressId: number): number => clusterOf[addressId] ?? addressId;
  for (const { tx, rate, rows } of nets) {
    yield { tx, rate, rows: regroupRows(rows, toCluster) };
  }
}

/** The flows between clusters: every (input, output) pair gets the output's full net receipt. */
export function clusterFlows(
  nets: Iterable<NetTransaction>,
  clusterOf: Int32Array,
  txListLimit: number,
): FlowTable {
  const table = new FlowTable(clusterOf.length, txListLimit);
  for (const net of nets) {
    const inputs = net.rows.filter((row) => row.value < 0n);
    const outputs = net.rows.filter((row) => row.value > 0n);
    for (const input of inputs) {
      for (const output of outputs) table.add(input.node, output.node, output.value, net);
    }
  }
  return table;
}

/** `address_cluster`: one row for every address id. */
export function addressClusterRows(clusterOf: Int32Array, bucketSize: number): AddressClusterRow[] {
  return Array.from(clusterOf, (cluster, addressId) => ({
    addressIdGroup: idGroup(addressId, bucketSize),
    addressId,
    cluster,
  }));
}

/** `cluster_addresses`: every address row under its cluster, with its own statistics. */
export function clusterAddressRows(
  addresses: AddressRow[],
  clusterOf: Int32Array,
  bucketSize: number,
): ClusterAddressRow[] {
  return addresses
    .map(({ addressPrefix: _prefix, address: _address, ...statistics }) => {
      const cluster = clusterOf[statistics.addressId] ?? statistics.addressId;
      return { clusterGroup: idGroup(cluster, bucketSize), cluster, ...statistics };
    })
    .sort((a, b) => a.cluster - b.cluster || a.addressId - b.addressId);
}

/** What the `cluster` rows need besides the clusters' own statistics. */
export interface ClusterContext {
  clusterOf: Int32Array;
  addresses: AddressRow[];
  degreeOf: Map<number, Degree>;
  bucketSize: number;
}

/** `cluster`: every present cluster (one with an output row), ascending. */
export function clusterRows(
  statistics: Map<number, NodeAccumulator>,
  present: Set<number>,
  context: ClusterContext,
): ClusterRow[] {
  const noAddresses = countMembers(context.addresses, context.clusterOf);
  return [...present]
    .sort((a, b) => a - b)
    .flatMap((cluster) => {
      const node = statistics.get(cluster);
      if (node === undefined) return [];
      return {
        clusterGroup: idGroup(cluster, context.bucketSize),
        cluster,
        noAddresses: noAddresses.get(cluster) ?? 0,
        ...toStatistics(node, context.degreeOf.get(cluster)),
      };
    });
}

/** Members present in `address`, per cluster. */
function countMembers(addresses: AddressRow[], clusterOf: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { addressId } of addresses) {
    const cluster = clusterOf[addressId] ?? addressId;
    counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  return counts;
}

/** The `{no_addresses, total_received, total_spent}` of every cluster row. */
export function clusterSummaries(rows: ClusterRow[]): Map<number, ClusterSummary> {
  return new Map(
    rows.map(({ cluster, noAddresses, totalReceived, totalSpent }) => [
      cluster,
      { noAddresses, totalReceived, totalSpent },
    ]),
  );
}

/** `cluster_outgoing_relations`, one row per relation. */
export function clusterOutgoingRows(
  flows: Flow[],
  ends: RelationEnds<ClusterSummary>,
): ClusterOutgoingRelationRow[] {
  return flows.map((flow) => ({
    srcClusterGroup: idGroup(flow.src, ends.bucketSize),
    srcCluster: flow.src,
    dstCluster: flow.dst,
    dstProperties: summaryOf(ends.summaries, flow.dst),
    dstLabels: ends.labels.get(flow.dst) ?? null,
    noTransactions: flow.noTransactions,
    value: flow.value,
    txList: flow.txList,
  }));
}

/** `cluster_incoming_relations`, one row per relation. */
export function clusterIncomingRows(
  flows: Flow[],
  ends: RelationEnds<ClusterSummary>,
): ClusterIncomingRelationRow[] {
  return byDestination(flows).map((flow) => ({
    dstClusterGroup: idGroup(flow.dst, ends.bucketSize),
    dstCluster: flow.dst,
    srcCluster: flow.src,
    srcProperties: summaryOf(ends.summaries, flow.src),
    srcLabels: ends.labels.get(flow.src) ?? null,
    noTransactions: flow.noTransactions,
    value: flow.value,
  }));
}
