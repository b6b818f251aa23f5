/**
 * The GraphSense 0.4 keyspaces as data: user-defined types and tables of the raw, the
 * transformed and the tagpacks keyspace, with their CQL types and primary keys.
 */

export type KeyspaceRole = 'raw' | 'transformed' | 'tagpacks';

export interface UdtDef {
  name: string;
  /** Field name and CQL type, in declaration order. */
  fields: [string, string][];
}

export interface TableDef {
  name: string;
  columns: [string, string][];
  partitionKey: string[];
  clusteringKey: string[];
}

export interface KeyspaceDef {
  role: KeyspaceRole;
  udts: UdtDef[];
  tables: TableDef[];
}

function table(
  name: string,
  columns: string,
  partitionKey: string[],
  clusteringKey: string[] = [],
): TableDef {
  return { name, columns: parseColumns(columns), partitionKey, clusteringKey };
}

/** Reads "name type, name type, ..." where types may hold commas only inside <>. */
function parseColumns(spec: string): [string, string][] {
  const columns: [string, string][] = [];
  for (const part of spec.split(/,(?![^<]*>)/)) {
    const [name, ...type] = part.trim().split(/\s+/);
    if (name === undefined || type.length === 0) throw new Error(`bad column spec: ${part}`);
    columns.push([name, type.join(' ')]);
  }
  return columns;
}

const NODE_STATISTICS =
  'no_incoming_txs int, no_outgoing_txs int, first_tx frozen<tx_id_time>, ' +
  'last_tx frozen<tx_id_time>, total_received frozen<value>, total_spent frozen<value>, ' +
  'in_degree int, out_degree int';

const TAG_COLUMNS =
  'label text, source text, tagpack_uri text, lastmod int, category text, abuse text';

const TAG_BY_LABEL_COLUMNS =
  'label_norm_prefix text, label_norm text, label text, address text, source text, ' +
  'tagpack_uri text, currency text, lastmod int, category text, abuse text';

const TAG_BY_LABEL_KEY = ['label_norm', 'label', 'address', 'currency', 'source', 'tagpack_uri'];

export const RAW_KEYSPACE: KeyspaceDef = {
  role: 'raw',
  udts: [
    {
      name: 'tx_input_output',
      fields: parseColumns('address list<text>, value bigint, address_type smallint'),
    },
    {
      name: 'tx_summary',
      fields: parseColumns(
        'tx_hash blob, no_inputs int, no_outputs int, total_input bigint, total_output bigint',
      ),
    },
  ],
  tables: [
    table('block', 'height int, block_hash blob, timestamp int, no_transactions int', ['height']),
    table(
      'transaction',
      'tx_prefix text, tx_hash blob, tx_index bigint, height int, timestamp int, ' +
        'coinbase boolean, total_input bigint, total_output bigint, ' +
        'inputs list<frozen<tx_input_output>>, outputs list<frozen<tx_input_output>>, ' +
        'coinjoin boolean',
      ['tx_prefix'],
      ['tx_hash'],
    ),
    table('block_transactions', 'height int, txs list<frozen<tx_summary>>', ['height']),
    table('exchange_rates', 'date text, eur float, usd float', ['date']),
    table('summary_statistics', 'id text, no_blocks int, no_txs bigint, timestamp int', ['id']),
  ],
};

export const TRANSFORMED_KEYSPACE: KeyspaceDef = {
  role: 'transformed',
  udts: [
    { name: 'tx_id_time', fields: parseColumns('height int, tx_hash blob, timestamp int') },
    { name: 'value', fields: parseColumns('value bigint, eur float, usd float') },
    {
      name: 'address_summary',
      fields: parseColumns('total_received frozen<value>, total_spent frozen<value>'),
    },
    {
      name: 'cluster_summary',
      fields: parseColumns(
        'no_addresses int, total_received frozen<value>, total_spent frozen<value>',
      ),
    },
  ],
  tables: [
    table(
      'summary_statistics',
      'timestamp int, no_blocks bigint, no_transactions bigint, no_addresses bigint, ' +
        'no_address_relations bigint, no_clusters bigint, no_tags bigint, bucket_size int',
      ['no_blocks'],
    ),
    table('exchange_rates', 'height int, eur float, usd float', ['height']),
    table(
      'address',
      `address_prefix text, address text, address_id int, ${NODE_STATISTICS}`,
      ['address_prefix'],
      ['address'],
    ),
    table(
      'address_by_id_group',
      'address_id_group int, address_id int, address text',
      ['address_id_group'],
      ['address_id'],
    ),
    table(
      'address_transactions',
      'address_id_group int, address_id int, tx_hash blob, value bigint, height int, ' +
        'tx_index int, timestamp int',
      ['address_id_group'],
      ['address_id', 'tx_hash'],
    ),
    table(
      'address_tags',
      `address text, address_id int, ${TAG_COLUMNS}`,
      ['address'],
      ['label', 'source', 'tagpack_uri'],
    ),
    table(
      'address_incoming_relations',
      'dst_address_id_group int, dst_address_id int, src_address_id int, ' +
        'src_properties frozen<address_summary>, src_labels list<text>, no_transactions int, ' +
        'estimated_value frozen<value>',
      ['dst_address_id_group'],
      ['dst_address_id', 'src_address_id'],
    ),
    table(
      'address_outgoing_relations',
      'src_address_id_group int, src_address_id int, dst_address_id int, ' +
        'dst_properties frozen<address_summary>, dst_labels list<text>, no_transactions int, ' +
        'estimated_value frozen<value>, tx_list list<blob>',
      ['src_address_id_group'],
      ['src_address_id', 'dst_address_id'],
    ),
    table(
      'address_cluster',
      'address_id_group int, address_id int, cluster int',
      ['address_id_group'],
      ['address_id'],
    ),
    table(
      'cluster',
      `cluster_group int, cluster int, no_addresses int, ${NODE_STATISTICS}`,
      ['cluster_group'],
      ['cluster'],
    ),
    table(
      'cluster_addresses',
      `cluster_group int, cluster int, address_id int, ${NODE_STATISTICS}`,
      ['cluster_group'],
      ['cluster', 'address_id'],
    ),
    table(
      'cluster_tags',
      `cluster_group int, cluster int, address text, address_id int, ${TAG_COLUMNS}`,
      ['cluster_group'],
      ['cluster', 'address', 'label', 'source', 'tagpack_uri'],
    ),
    table(
      'cluster_incoming_relations',
      'dst_cluster_group int, dst_cluster int, src_cluster int, ' +
        'src_properties frozen<cluster_summary>, src_labels list<text>, no_transactions int, ' +
        'value frozen<value>',
      ['dst_cluster_group'],
      ['dst_cluster', 'src_cluster'],
    ),
    table(
      'cluster_outgoing_relations',
      'src_cluster_group int, src_cluster int, dst_cluster int, ' +
        'dst_properties frozen<cluster_summary>, dst_labels list<text>, no_transactions int, ' +
        'value frozen<value>, tx_list list<blob>',
      ['src_cluster_group'],
      ['src_cluster', 'dst_cluster'],
    ),
    table(
      'tag_by_label',
      `${TAG_BY_LABEL_COLUMNS}, active_address boolean`,
      ['label_norm_prefix'],
      TAG_BY_LABEL_KEY,
    ),
  ],
};

export const TAGPACKS_KEYSPACE: KeyspaceDef = {
  role: 'tagpacks',
  udts: [],
  tables: [
    table('tagpack_by_uri', 'uri text, title text, description text, creator text', ['uri']),
    table(
      'tag_by_address',
      `address text, currency text, ${TAG_COLUMNS}`,
      ['address'],
      ['currency', 'label', 'source', 'tagpack_uri'],
    ),
    table(
      'tag_by_category',
      'category text, currency text, abuse text, label_norm text, label text, address text, ' +
        'source text, tagpack_uri text, lastmod int',
      ['category'],
      ['currency', 'address', 'source', 'tagpack_uri'],
    ),
    table('tag_by_label', TAG_BY_LABEL_COLUMNS, ['label_norm_prefix'], TAG_BY_LABEL_KEY),
    table('taxonomy_by_key', 'key text, uri text', ['key']),
    table(
      'concept_by_taxonomy_id',
      'taxonomy text, id text, uri text, label text, description text',
      ['taxonomy'],
      ['id'],
    ),
  ],
};

export const KEYSPACES: Record<KeyspaceRole, KeyspaceDef> = {
  raw: RAW_KEYSPACE,
  transformed: TRANSFORMED_KEYSPACE,
  tagpacks: TAGPACKS_KEYSPACE,
};

/** The table of a keyspace, or an error naming it: table names are code, never input. */
export function tableDef(keyspace: KeyspaceDef, name: string): TableDef {
  const found = keyspace.tables.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no table ${name} in the ${keyspace.role} keyspace`);
  return found;
}
