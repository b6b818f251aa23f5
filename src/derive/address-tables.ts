import { type Flow, FlowTable } from './flow-table.js';
import { ADDRESS_PREFIX_LENGTH, type AddressIds, idGroup } from './ids.js';
import { type AddressNetTransaction, type NetRow, netTransaction } from './net-rows.js';
import { type HeightRates, rateAt } from './rates.js';
import { byDestination, type RelationEnds, summaryOf } from './relations.js';
import { type Degree, type NodeAccumulator, toStatistics } from './statistics.js';
import type {
  AddressByIdGroupRow,
  AddressIncomingRelationRow,
  AddressOutgoingRelationRow,
  AddressRow,
  AddressSummary,
  AddressTransactionRow,
  RawTransaction,
} from './types.js';

/** `tx_index` is a bigint in the raw keyspace and a 32-bit int in `address_transactions`. */
const TX_INDEX_BITS = 32;

/** Every transaction's net rows per address with an id, at the rate of its height. */
export function addressNets(
  sorted: RawTransaction[],
  ids: AddressIds,
  rates: HeightRates,
): AddressNetTransaction[] {
  return sorted.map((tx) => netTransaction(tx, ids.idOf, rateAt(rates, tx.height, tx.timestamp)));
}

/** `address_transactions`: every net row, zero rows included. */
export function addressTransactionRows(
  nets: AddressNetTransaction[],
  bucketSize: number,
): AddressTransactionRow[] {
  return nets.flatMap(({ tx, rows }) =>
    rows.map((row) => ({
      addressIdGroup: idGroup(row.node, bucketSize),
      addressId: row.node,
      txHash: tx.txHash,
      value: row.value,
      height: tx.height,
      txIndex: Number(BigInt.asIntN(TX_INDEX_BITS, tx.txIndex)),
      timestamp: tx.timestamp,
    })),
  );
}

/**
 * The estimated flows between addresses: in each transaction, every input row's share of the
 * denominator times every output row's net receipt, rounded half up.
 */
export function estimatedFlows(
  nets: AddressNetTransaction[],
  ids: AddressIds,
  txListLimit: number,
): FlowTable {
  const table = new FlowTable(ids.addresses.length, txListLimit);
  for (const net of nets) {
    const inputs = net.rows.filter((row) => row.value < 0n);
    if (inputs.length === 0) continue;
    const outputs = net.rows.filter((row) => row.value > 0n);
    const denominator = Number(relationDenominator(net, inputs));
    for (const input of inputs) {
      // Divide first, in double, as the pipeline does; the amounts are positive, so
      // Math.round rounds half up.
      const share = Number(-input.value) / denominator;
      for (const output of outputs) {
        const amount = BigInt(Math.round(share * Number(output.value)));
        table.add(input.node, output.node, amount, net);
      }
    }
  }
  return table;
}

/**
 * All raw input values minus the regular ones, plus the net spends of the input rows: what
 * the input rows' shares are taken of, so that irregular inputs keep a share of their own.
 */
function relationDenominator(net: AddressNetTransaction, inputs: NetRow[]): bigint {
  return inputs.reduce((sum, row) => sum - row.value, net.irregularInputs);
}

/** `address_by_id_group`: every address with an id. */
export function addressByIdGroupRows(ids: AddressIds, bucketSize: number): AddressByIdGroupRow[] {
  return ids.addresses.map((address, addressId) => ({
    addressIdGroup: idGroup(addressId, bucketSize),
    addressId,
    address,
  }));
}

/** `address`: every present address (one with an output row) with its statistics. */
export function addressRows(
  ids: AddressIds,
  statistics: Map<number, NodeAccumulator>,
  present: Set<number>,
  degreeOf: Map<number, Degree>,
): AddressRow[] {
  const rows: AddressRow[] = [];
  for (const [addressId, address] of ids.addresses.entries()) {
    const node = statistics.get(addressId);
    if (node === undefined || !present.has(addressId)) continue;
    const addressPrefix = address.slice(0, ADDRESS_PREFIX_LENGTH);
    rows.push({
      addressPrefix,
      address,
      addressId,
      ...toStatistics(node, degreeOf.get(addressId)),
    });
  }
  return rows;
}

/** The `{total_received, total_spent}` of every address row, by id. */
export function addressSummaries(rows: AddressRow[]): Map<number, AddressSummary> {
  return new Map(
    rows.map((row) => [
      row.addressId,
      { totalReceived: row.totalReceived, totalSpent: row.totalSpent },
    ]),
  );
}

/** `address_outgoing_relations`, one row per relation. */
export function addressOutgoingRows(
  flows: Flow[],
  ends: RelationEnds<AddressSummary>,
): AddressOutgoingRelationRow[] {
  return flows.map((flow) => ({
    srcAddressIdGroup: idGroup(flow.src, ends.bucketSize),
    srcAddressId: flow.src,
    dstAddressId: flow.dst,
    dstProperties: summaryOf(ends.summaries, flow.dst),
    dstLabels: ends.labels.get(flow.dst) ?? null,
    noTransactions: flow.noTransactions,
    estimatedValue: flow.value,
    txList: flow.txList,
  }));
}

/** `address_incoming_relations`, one row per relation. */
export function addressIncomingRows(
  flows: Flow[],
  ends: RelationEnds<AddressSummary>,
): AddressIncomingRelationRow[] {
  return byDestination(flows).map((flow) => ({
    dstAddressIdGroup: idGroup(flow.dst, ends.bucketSize),
    dstAddressId: flow.dst,
    srcAddressId: flow.src,
    srcProperties: summaryOf(ends.summaries, flow.src),
    srcLabels: ends.labels.get(flow.src) ?? null,
    noTransactions: flow.noTransactions,
    estimatedValue: flow.value,
  }));
}
