import type { KeyspaceDef, TableDef, UdtDef } from './schema.js';

export type Replication = Record<string, string | number>;

/**
 * The CQL that creates a keyspace with its types and tables, idempotently. The keyspace
 * name must already be validated (the configuration module accepts identifiers only).
 */
export function createKeyspaceStatements(
  def: KeyspaceDef,
  keyspace: string,
  replication: Replication,
): string[] {
  return [
    `CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replicationMap(replication)}`,
    ...def.udts.map((udt) => createTypeStatement(keyspace, udt)),
    ...def.tables.map((table) => createTableStatement(keyspace, table)),
  ];
}

function createTypeStatement(keyspace: string, udt: UdtDef): string {
  const fields = udt.fields.map(([name, type]) => `${name} ${type}`).join(', ');
  return `CREATE TYPE IF NOT EXISTS ${keyspace}.${udt.name} (${fields})`;
}

function createTableStatement(keyspace: string, table: TableDef): string {
  const columns = table.columns.map(([name, type]) => `${name} ${type}`);
  const key = [`(${table.partitionKey.join(', ')})`, ...table.clusteringKey].join(', ');
  return `CREATE TABLE IF NOT EXISTS ${keyspace}.${table.name} (${columns.join(', ')}, PRIMARY KEY (${key}))`;
}

function replicationMap(replication: Replication): string {
  const entries = Object.entries(replication).map(
    ([key, value]) => `${quote(key)}: ${typeof value === 'number' ? value : quote(value)}`,
  );
  return `{${entries.join(', ')}}`;
}

/** A CQL string literal: single quotes doubled. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function dropKeyspaceStatement(keyspace: string): string {
  return `DROP KEYSPACE IF EXISTS ${keyspace}`;
}
