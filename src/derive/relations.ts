import { addConverted, emptySum, type FiatRate, toValue, type ValueSum } from './fiat.js';
import type { Degree } from './statistics.js';
import type { RawTransaction, Value } from './types.js';

/** The running aggregate of one (source, destination) pair over its shared transactions. */
interface FlowAccumulator {
  noTransactions: number;
  sum: ValueSum;
  /** Null once the pair shares more transactions than the list limit. */
  txHashes: string[] | null;
}

/** Every pair's aggregate, by source, then destination. */
export type FlowTable = Map<number, Map<number, FlowAccumulator>>;

/** An aggregated relation between two nodes. */
export interface Flow {
  src: number;
  dst: number;
  noTransactions: number;
  value: Value;
  /** All shared hashes, sorted, up to the limit; empty beyond it. */
  txList: string[];
}

/** Adds one transaction's flow of a pair, converted at the transaction's height. */
export function addFlow(
  table: FlowTable,
  pair: { src: number; dst: number },
  flow: { tx: RawTransaction; rate: FiatRate; amount: bigint },
  txListLimit: number,
): void {
  const destinations = table.get(pair.src) ?? new Map<number, FlowAccumulator>();
  table.set(pair.src, destinations);
  const pairFlow = destinations.get(pair.dst) ?? {
    noTransactions: 0,
    sum: emptySum(),
    txHashes: [],
  };
  destinations.set(pair.dst, pairFlow);
  pairFlow.noTransactions += 1;
  addConverted(pairFlow.sum, flow.amount, flow.rate);
  pairFlow.txHashes?.push(flow.tx.txHash);
  if (pairFlow.noTransactions > txListLimit) pairFlow.txHashes = null;
}

/** The relations whose both ends are present, by source, then destination. */
export function finishFlows(table: FlowTable, present: Set<number>): Flow[] {
  const flows: Flow[] = [];
  for (const src of [...table.keys()].sort((a, b) => a - b)) {
    if (!present.has(src)) continue;
    const destinations = table.get(src) ?? new Map<number, FlowAccumulator>();
    for (const dst of [...destinations.keys()].sort((a, b) => a - b)) {
      const pairFlow = destinations.get(dst);
      if (pairFlow === undefined || !present.has(dst)) continue;
      flows.push({
        src,
        dst,
        noTransactions: pairFlow.noTransactions,
        value: toValue(pairFlow.sum),
        txList: pairFlow.txHashes === null ? [] : [...pairFlow.txHashes].sort(),
      });
    }
  }
  return flows;
}

/** Every node's distinct sources and destinations among the relations. */
export function degrees(flows: Flow[]): Map<number, Degree> {
  const byNode = new Map<number, Degree>();
  const degreeOf = (node: number): Degree => {
    const degree = byNode.get(node) ?? { inDegree: 0, outDegree: 0 };
    byNode.set(node, degree);
    return degree;
  };
  for (const flow of flows) {
    degreeOf(flow.src).outDegree += 1;
    degreeOf(flow.dst).inDegree += 1;
  }
  return byNode;
}

/** What both relation tables need to know about the ends of a relation. */
export interface RelationEnds<Summary> {
  summaries: Map<number, Summary>;
  labels: Map<number, string[]>;
  bucketSize: number;
}

/** The summary of a relation's end; relations only join present nodes, which all have one. */
export function summaryOf<Summary>(summaries: Map<number, Summary>, node: number): Summary {
  const summary = summaries.get(node);
  if (summary === undefined) throw new Error(`relation end ${node} has no statistics row`);
  return summary;
}

/** Relations ordered as the incoming tables are keyed: by destination, then source. */
export function byDestination(flows: Flow[]): Flow[] {
  return [...flows].sort((a, b) => a.dst - b.dst || a.src - b.src);
}
