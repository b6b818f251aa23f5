import type { KeyspaceDef, TableDef } from './schema.js';

/**
 * Converts between the project's records (camelCase fields, hashes as hex text) and the
 * driver's values (snake_case columns and UDT fields, blobs as Buffers), guided by the CQL
 * types of the schema. The driver is configured to use `bigint` for CQL bigint.
 */
export class RowCodec {
  private readonly udts: Map<string, [string, string][]>;

  constructor(keyspace: KeyspaceDef) {
    this.udts = new Map(keyspace.udts.map((udt) => [udt.name, udt.fields]));
  }

  /** The bound values of `record` for these columns of `table` (all, by default), in order. */
  toParams(table: TableDef, record: object, columns?: readonly string[]): unknown[] {
    const fields = record as Record<string, unknown>;
    const types = new Map(table.columns);
    return (columns ?? [...types.keys()]).map((column) =>
      this.toCql(fields[camelCase(column)], columnType(types, column)),
    );
  }

  /** A record of the selected columns of a driver row. */
  fromRow<T>(table: TableDef, row: { get(column: string): unknown }, columns?: string[]): T {
    const record: Record<string, unknown> = {};
    for (const [column, type] of table.columns) {
      if (columns !== undefined && !columns.includes(column)) continue;
      record[camelCase(column)] = this.fromCql(row.get(column), type);
    }
    return record as T;
  }

  toCql(value: unknown, type: string): unknown {
    if (value === null || value === undefined) return null;
    const inner = innerType(type);
    if (inner.kind === 'list')
      return (value as unknown[]).map((item) => this.toCql(item, inner.of));
    if (inner.kind === 'udt') return this.mapUdt(value, inner.of, 'toCql');
    if (type === 'blob') return Buffer.from(value as string, 'hex');
    return value;
  }

  fromCql(value: unknown, type: string): unknown {
    if (value === null || value === undefined) return null;
    const inner = innerType(type);
    if (inner.kind === 'list') {
      return (value as unknown[]).map((item) => this.fromCql(item, inner.of));
    }
    if (inner.kind === 'udt') return this.mapUdt(value, inner.of, 'fromCql');
    if (type === 'blob') return (value as Buffer).toString('hex');
    return value;
  }

  private mapUdt(value: unknown, name: string, direction: 'toCql' | 'fromCql'): object {
    const fields = this.udts.get(name);
    if (fields === undefined) throw new Error(`unknown user-defined type ${name}`);
    const source = value as Record<string, unknown>;
    const mapped: Record<string, unknown> = {};
    for (const [field, type] of fields) {
      if (direction === 'toCql') mapped[field] = this.toCql(source[camelCase(field)], type);
      else mapped[camelCase(field)] = this.fromCql(source[field], type);
    }
    return mapped;
  }
}

function columnType(types: Map<string, string>, column: string): string {
  const type = types.get(column);
  if (type === undefined) throw new Error(`no column ${column}`);
  return type;
}

type TypeShape = { kind: 'list'; of: string } | { kind: 'udt'; of: string } | { kind: 'plain' };

const NATIVE_TYPES = new Set([
  'int',
  'bigint',
  'smallint',
  'text',
  'blob',
  'boolean',
  'float',
  'double',
]);

function innerType(type: string): TypeShape {
  const list = /^list<(.+)>$/.exec(type);
  if (list?.[1] !== undefined) return { kind: 'list', of: list[1] };
  const frozen = /^frozen<(.+)>$/.exec(type);
  const name = frozen?.[1] ?? type;
  return NATIVE_TYPES.has(name) ? { kind: 'plain' } : { kind: 'udt', of: name };
}

/** `no_incoming_txs` becomes `noIncomingTxs`. */
export function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
