import type { Client } from '../cassandra/client.js';
import { KEYSPACES } from '../cassandra/schema.js';
import { RowWriter } from '../cassandra/writer.js';
import { deriveTagpackRows, isOfCurrency } from '../derive/index.js';
import type { AddressTag, TagpackByUriRow, TagpackRows } from '../derive/types.js';
import type { WriteTable } from './table-writer.js';

const TAG_TABLES = ['tag_by_address', 'tag_by_label', 'tag_by_category'] as const;

/**
 * Replaces the currency's tags in the tagpacks keyspace with `tags` (of that currency);
 * other currencies' tags and the TagPack descriptions already there stay.
 */
export async function replaceCurrencyTags(
  client: Client,
  keyspace: string,
  currency: string,
  tags: AddressTag[],
  write: WriteTable,
): Promise<void> {
  const writer = new RowWriter(client, KEYSPACES.tagpacks, keyspace);
  for (const table of TAG_TABLES) {
    const earlier: { currency: string }[] = [];
    for await (const row of writer.scan<{ currency: string }>(table)) {
      if (row.currency.toLowerCase() === currency) earlier.push(row);
    }
    await writer.delete(table, earlier);
  }

  const rows = deriveTagpackRows(tags);
  await write('tagpacks', keyspace, 'tag_by_address', rows.tagByAddress);
  await write('tagpacks', keyspace, 'tag_by_label', rows.tagByLabel);
  await write('tagpacks', keyspace, 'tag_by_category', rows.tagByCategory);
  await write('tagpacks', keyspace, 'tagpack_by_uri', await undescribed(writer, rows));
}

/**
 * The TagPacks of the tags that have no row yet: the tagpack tool's own rows carry titles and
 * creators that tags cannot give, and are kept.
 */
async function undescribed(writer: RowWriter, rows: TagpackRows): Promise<TagpackByUriRow[]> {
  const described = new Set<string>();
  for await (const row of writer.scan<TagpackByUriRow>('tagpack_by_uri')) described.add(row.uri);
  return rows.tagpackByUri.filter((row) => !described.has(row.uri));
}

/** The currency's tags as the tagpacks keyspace holds them: the derivation's source. */
export async function readCurrencyTags(
  client: Client,
  keyspace: string,
  currency: string,
): Promise<AddressTag[]> {
  const writer = new RowWriter(client, KEYSPACES.tagpacks, keyspace);
  const tags: AddressTag[] = [];
  for await (const tag of writer.scan<AddressTag>('tag_by_address')) {
    if (isOfCurrency(tag, currency)) tags.push(tag);
  }
  return tags;
}
