import DataLoader from 'dataloader';
import type { TaxonomyRepository } from '../src/cassandra/taxonomy.repository.js';
import type { ConceptRow, TaxonomyByKeyRow } from '../src/derive/types.js';

/** All taxonomies (read once per request), and the concepts of each taxonomy key. */
export function taxonomyLoaders(repository: TaxonomyRepository) {
  let all: Promise<TaxonomyByKeyRow[]> | null = null;
  return {
    all: () => {
      all ??= repository.all();
      return all;
    },
    concepts: new DataLoader<string, ConceptRow[]>((taxonomies) =>
      repository.conceptsOf(taxonomies),
    ),
  };
}

export type TaxonomyLoaders = ReturnType<typeof taxonomyLoaders>;
