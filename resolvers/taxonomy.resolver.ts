import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireTagpacks } from './common/currency.js';
import type { GatewayContext } from './context.js';
import { Concept, Taxonomy, toConcept, toTaxonomy } from './taxonomy.type.js';

/** Taxonomies and their concepts, from the tagpacks keyspace. */
@Resolver(() => Taxonomy)
export class TaxonomyResolver {
  @Authorized()
  @Query(() => [Taxonomy], { nullable: true, description: 'The taxonomies, sorted by key.' })
  async taxonomies(@Ctx() context: GatewayContext): Promise<Taxonomy[]> {
    await requireTagpacks(context);
    const rows = await context.loaders.taxonomies.all();
    return rows.map(toTaxonomy);
  }

  @FieldResolver(() => [Concept], { description: 'Its concepts, sorted by id.' })
  async concepts(@Root() taxonomy: Taxonomy, @Ctx() context: GatewayContext): Promise<Concept[]> {
    const rows = await context.loaders.taxonomies.concepts.load(taxonomy.key);
    return rows.map(toConcept);
  }
}
