import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

/** Where a page stands in its list. */
@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field({ description: 'Whether the list has items after this page.' })
  hasNextPage!: boolean;
}

/** The shape of every paged list: items, page info and, where exact, the total count. */
export interface ConnectionShape<T> {
  items: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/**
 * The base of a paged list of `itemType`. Cursors will join `pageInfo` without changing the
 * fields that exist.
 */
export function Connection<T extends object>(itemType: ClassType<T>, items: string) {
  @ObjectType()
  abstract class ConnectionBase implements ConnectionShape<T> {
    @Field(() => [itemType], { description: `The ${items} of this page, in the list's order.` })
    items!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: `The number of ${items} in the whole list, or null where it is not known exactly.`,
    })
    totalCount!: number | null;
  }
  return ConnectionBase;
}
