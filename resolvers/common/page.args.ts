import { ArgsType, Field, Int } from 'type-graphql';
import { FIRST_DESCRIPTION } from './paging.js';

/** The arguments of every connection: the page size now, the cursor (`after`) with paging. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: FIRST_DESCRIPTION })
  first?: number | null;
}
