import { addConverted, emptySum, toValue, type ValueSum } from './fiat.js';
import type { NetTransaction } from './net-rows.js';
import type { NodeStatistics, RawTransaction, TxIdTime } from './types.js';

/** The running statistics of one address or cluster over its net rows. */
export interface NodeAccumulator {
  noIncomingTxs: number;
  noOutgoingTxs: number;
  received: ValueSum;
  spent: ValueSum;
  firstTx: RawTransaction;
  lastTx: RawTransaction;
}

/** In- and out-degree of a node: distinct neighbours among its surviving relations. */
export interface Degree {
  inDegree: number;
  outDegree: number;
}

const NO_DEGREE: Degree = { inDegree: 0, outDegree: 0 };

/**
 * Accumulates every node's statistics over net transactions given in ascending `tx_index`,
 * so that the first and last row seen are the first and last transaction.
 */
export function accumulateStatistics(nets: Iterable<NetTransaction>): Map<number, NodeAccumulator> {
  const nodes = new Map<number, NodeAccumulator>();
  for (const { tx, rate, rows } of nets) {
    for (const row of rows) {
      const node = nodes.get(row.node) ?? newAccumulator(tx);
      nodes.set(row.node, node);
      node.lastTx = tx;
      if (row.value > 0n) {
        node.noIncomingTxs += 1;
        addConverted(node.received, row.value, rate);
      } else if (row.value < 0n) {
        node.noOutgoingTxs += 1;
        addConverted(node.spent, -row.value, rate);
      }
    }
  }
  return nodes;
}

function newAccumulator(tx: RawTransaction): NodeAccumulator {
  return {
    noIncomingTxs: 0,
    noOutgoingTxs: 0,
    received: emptySum(),
    spent: emptySum(),
    firstTx: tx,
    lastTx: tx,
  };
}

/** The nodes that keep a statistics row: those with at least one output row. */
export function nodesWithOutputs(nodes: Map<number, NodeAccumulator>): Set<number> {
  const present = new Set<number>();
  for (const [node, accumulator] of nodes) {
    if (accumulator.noIncomingTxs > 0) present.add(node);
  }
  return present;
}

/** The statistics columns of a node. */
export function toStatistics(node: NodeAccumulator, degree: Degree | undefined): NodeStatistics {
  return {
    noIncomingTxs: node.noIncomingTxs,
    noOutgoingTxs: node.noOutgoingTxs,
    firstTx: toTxIdTime(node.firstTx),
    lastTx: toTxIdTime(node.lastTx),
    totalReceived: toValue(node.received),
    totalSpent: toValue(node.spent),
    inDegree: (degree ?? NO_DEGREE).inDegree,
    outDegree: (degree ?? NO_DEGREE).outDegree,
  };
}

function toTxIdTime(tx: RawTransaction): TxIdTime {
  return { height: tx.height, txHash: tx.txHash, timestamp: tx.timestamp };
}
