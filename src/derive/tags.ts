import { idGroup } from './ids.js';
import { labelPrefix, normalizeLabel } from './labels.js';
import type { AddressTag, AddressTagRow, ClusterTagRow, TagByLabelRow } from './types.js';

/** True when a tag belongs to a currency; tags say "BTC", configuration says "btc". */
export function isOfCurrency(tag: AddressTag, currency: string): boolean {
  return tag.currency.toLowerCase() === currency.toLowerCase();
}

/** `address_tags`: the tags whose address (exact match) has an `address` row. */
export function addressTagRows(
  tags: AddressTag[],
  idOf: Map<string, number>,
  present: Set<number>,
): AddressTagRow[] {
  return tags.flatMap((tag) => {
    const addressId = idOf.get(tag.address);
    if (addressId === undefined || !present.has(addressId)) return [];
    const { currency: _currency, ...columns } = tag;
    return { ...columns, addressId };
  });
}

/** `cluster_tags`: every address tag, extended with its address's cluster. */
export function clusterTagRows(
  addressTags: AddressTagRow[],
  clusterOf: Int32Array,
  bucketSize: number,
): ClusterTagRow[] {
  return addressTags.map((tag) => {
    const cluster = clusterOf[tag.addressId] ?? tag.addressId;
    return { ...tag, clusterGroup: idGroup(cluster, bucketSize), cluster };
  });
}

/** The distinct labels of each node's tags, sorted; nodes without tags are absent. */
export function labelsByNode<Row extends { label: string }>(
  rows: Row[],
  nodeOf: (row: Row) => number,
): Map<number, string[]> {
  const labels = new Map<number, Set<string>>();
  for (const row of rows) {
    const node = nodeOf(row);
    labels.set(node, (labels.get(node) ?? new Set<string>()).add(row.label));
  }
  return new Map([...labels].map(([node, set]) => [node, [...set].sort()]));
}

/** `no_tags` of the statistics: distinct lower-cased labels among the address tags. */
export function countLabels(addressTags: AddressTagRow[]): number {
  return new Set(addressTags.map((tag) => tag.label.toLowerCase())).size;
}

/** A `tag_by_label` row of a tag, without `active_address` (the tagpacks keyspace's form). */
export function tagByLabelRow(tag: AddressTag): TagByLabelRow {
  const labelNorm = normalizeLabel(tag.label);
  return {
    labelNormPrefix: labelPrefix(labelNorm),
    labelNorm,
    label: tag.label,
    address: tag.address,
    source: tag.source,
    tagpackUri: tag.tagpackUri,
    currency: tag.currency,
    lastmod: tag.lastmod,
    category: tag.category,
    abuse: tag.abuse,
  };
}

/** The transformed `tag_by_label`: every tag, active when its address has address tags. */
export function transformedTagByLabelRows(
  tags: AddressTag[],
  addressTags: AddressTagRow[],
): TagByLabelRow[] {
  const active = new Set(addressTags.map((tag) => tag.address));
  return tags.map((tag) => ({ ...tagByLabelRow(tag), activeAddress: active.has(tag.address) }));
}

/**
 * True when two tag lists hold the same `tag_by_address` rows, order aside: each primary key
 * (address, currency, label, source, TagPack) as often, with the same values. A list with a
 * key twice differs from the table it was written to, which holds that key once.
 */
export function sameTags(a: AddressTag[], b: AddressTag[]): boolean {
  if (a.length !== b.length) return false;
  const rowsOfB = tagRows(b);
  return tagRows(a).every((row, index) => row === rowsOfB[index]);
}

/** Each tag's key and values as JSON text, sorted. */
function tagRows(tags: AddressTag[]): string[] {
  return tags
    .map((tag) =>
      JSON.stringify([
        tag.address,
        tag.currency,
        tag.label,
        tag.source,
        tag.tagpackUri,
        tag.lastmod ?? null,
        tag.category ?? null,
        tag.abuse ?? null,
      ]),
    )
    .sort();
}
