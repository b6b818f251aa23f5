import type { Flow } from './flow-table.js';
import type { Degree } from './statistics.js';

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

/**
 * Relations ordered as the incoming tables are keyed: by destination, then source. Expects
 * them by source, then destination, and counts them out per destination (a stable sort).
 */
export function byDestination(flows: Flow[]): Flow[] {
  const maxDst = flows.reduce((max, flow) => Math.max(max, flow.dst), -1);
  const starts = new Int32Array(maxDst + 2);
  for (const flow of flows) starts[flow.dst + 1] = (starts[flow.dst + 1] ?? 0) + 1;
  for (let dst = 1; dst < starts.length; dst += 1) {
    starts[dst] = (starts[dst] ?? 0) + (starts[dst - 1] ?? 0);
  }
  const ordered = new Array<Flow>(flows.length);
  for (const flow of flows) {
    const position = starts[flow.dst] ?? 0;
    ordered[position] = flow;
    starts[flow.dst] = position + 1;
  }
  return ordered;
}
