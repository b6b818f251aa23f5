import { Field, ObjectType } from 'type-graphql';
import type { ConceptRow, TaxonomyByKeyRow } from '../src/derive/types.js';

/** A concept of a taxonomy. */
@ObjectType({ description: 'A concept of a taxonomy, such as an exchange or ransomware.' })
export class Concept {
  @Field({ description: 'Its id within the taxonomy, such as "exchange".' })
  id!: string;

  @Field({ description: 'The key of its taxonomy.' })
  taxonomy!: string;

  @Field({ description: 'Its human-readable label.' })
  label!: string;

  @Field({ description: 'What it means.' })
  description!: string;

  @Field({ description: 'Its URI.' })
  uri!: string;
}

/** A taxonomy that tag categories and abuses refer to. */
@ObjectType({ description: 'A taxonomy that tag categories and abuses refer to.' })
export class Taxonomy {
  @Field({ description: 'Its key: "entity" (kinds of actors) or "abuse" (kinds of abuse).' })
  key!: string;

  @Field({ description: 'Its URI.' })
  uri!: string;
}

/** The schema's taxonomy of a stored row. */
export function toTaxonomy(row: TaxonomyByKeyRow): Taxonomy {
  return { key: row.key, uri: row.uri };
}

/** The schema's concept of a stored row. */
export function toConcept(row: ConceptRow): Concept {
  return {
    id: row.id,
    taxonomy: row.taxonomy,
    label: row.label,
    description: row.description,
    uri: row.uri,
  };
}
