import { similarity } from './sequence-matcher.js';

/**
 * How much an entity's tags agree, from 0 to 1: null without tags, 1 when all carry one
 * label; otherwise, with n distinct labels carried c(l) times each,
 * e = Σ (c(l)² − c(l)) and (e + Σ over ordered pairs a ≠ b of sim(a, b)) / (e + n(n − 1)),
 * where sim is the Ratcliff/Obershelp ratio. Binance, Binance, Binance Hot Wallet: 0.78.
 */
export function coherenceOf(labels: readonly string[]): number | null {
  if (labels.length === 0) return null;
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  if (counts.size === 1) return 1;

  let repeated = 0;
  for (const count of counts.values()) repeated += count * count - count;

  const distinct = [...counts.keys()];
  let similarities = 0;
  for (const a of distinct) {
    for (const b of distinct) if (a !== b) similarities += similarity(a, b);
  }
  const pairs = distinct.length * (distinct.length - 1);
  return (repeated + similarities) / (repeated + pairs);
}
