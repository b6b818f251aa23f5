import type { GatewayContext } from '../context.js';
import type { NodeStatisticsFields } from '../node-statistics.type.js';
import { amountAt } from './amount.js';
import type { Amount } from './amount.type.js';
import { currentRates } from './rates.js';

/** Received minus spent of an address or entity, in fiat at the current rates. */
export async function balanceOf(
  context: GatewayContext,
  node: NodeStatisticsFields,
): Promise<Amount> {
  const rates = await currentRates(context, node.currency);
  return amountAt(node.totalReceived.value - node.totalSpent.value, rates);
}
