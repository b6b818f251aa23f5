import { Field, Int, ObjectType } from 'type-graphql';
import type { AddressTagRow } from '../src/derive/types.js';
import { Connection } from './common/connection.type.js';

/** An attribution tag of an address, from a TagPack. */
@ObjectType({ description: 'An attribution tag of an address, from a TagPack.' })
export class Tag {
  @Field({ description: 'The currency code, in lower case.' })
  currency!: string;

  @Field({ description: 'The tagged address.' })
  address!: string;

  @Field({ description: 'What the address is said to belong to, such as "Mining Service".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Where the TagPack took the tag from.' })
  source!: string | null;

  @Field({ description: 'The TagPack that holds the tag.' })
  tagpackUri!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'When the tag was last modified, in Unix seconds.',
  })
  lastModified!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The kind of actor: meant to be a concept of the entity taxonomy, but free text.',
  })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The kind of abuse: meant to be a concept of the abuse taxonomy, but free text.',
  })
  abuse!: string | null;
}

@ObjectType({ description: 'A page of tags.' })
export class TagConnection extends Connection(Tag, 'tags') {}

/** The schema's tag of a stored address or entity tag row. */
export function toTag(currency: string, row: AddressTagRow): Tag {
  return {
    currency,
    address: row.address,
    label: row.label,
    source: row.source,
    tagpackUri: row.tagpackUri,
    lastModified: row.lastmod,
    category: row.category,
    abuse: row.abuse,
  };
}
