import type { ConceptRow, TaxonomyByKeyRow } from '../derive/types.js';
import { TableReader } from './base.repository.js';
import type { Executor } from './client.js';
import { TAGPACKS_KEYSPACE } from './schema.js';

/** Taxonomies are a handful, each with tens of concepts; these bound what one read takes. */
const TAXONOMIES_LIMIT = 1_000;
const CONCEPTS_LIMIT = 10_000;

/** Taxonomies and their concepts, from the tagpacks keyspace. */
export class TaxonomyRepository {
  private readonly taxonomies: TableReader<TaxonomyByKeyRow>;
  private readonly concepts: TableReader<ConceptRow>;

  constructor(executor: Executor, keyspace: string) {
    this.taxonomies = new TableReader(executor, TAGPACKS_KEYSPACE, keyspace, 'taxonomy_by_key');
    this.concepts = new TableReader(
      executor,
      TAGPACKS_KEYSPACE,
      keyspace,
      'concept_by_taxonomy_id',
    );
  }

  /** Every taxonomy, sorted by key (the table's own order is by token). */
  async all(): Promise<TaxonomyByKeyRow[]> {
    const rows = await this.taxonomies.select([], TAXONOMIES_LIMIT);
    return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The concepts of each taxonomy, by id; all taxonomies at once. */
  conceptsOf(taxonomies: readonly string[]): Promise<ConceptRow[][]> {
    return Promise.all(
      taxonomies.map((taxonomy) =>
        this.concepts.select([{ column: 'taxonomy', equals: taxonomy }], CONCEPTS_LIMIT),
      ),
    );
  }
}
