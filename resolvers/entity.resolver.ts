import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { coherenceOf } from './coherence.js';
import { Amount } from './common/amount.type.js';
import { balanceOf } from './common/balance.js';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import { parseNonNegative } from './common/identifiers.js';
import { PageArgs } from './common/page.args.js';
import { connectionOfPage, pageSize } from './common/paging.js';
import type { GatewayContext } from './context.js';
import { Entity, toEntity } from './entity.type.js';
import { BALANCE_DESCRIPTION } from './node-statistics.type.js';
import { TagConnection, toTag } from './tag.type.js';

/**
 * Coherence compares every pair of distinct labels, so it is computed only for entities with
 * at most this many tags.
 */
export const COHERENCE_MAX_TAGS = 1_000;

/** Entities by id, with balance, the tags of their addresses and the tags' coherence. */
@Resolver(() => Entity)
export class EntityResolver {
  @Authorized()
  @Query(() => Entity, {
    nullable: true,
    description: 'An entity by id; null when there is none (or it never received anything).',
  })
  async entity(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Arg('id', () => Int, { description: 'The entity id, 0 or more.' }) id: number,
    @Ctx() context: GatewayContext,
  ): Promise<Entity | null> {
    parseNonNegative(id, 'id');
    const loaders = await currencyLoaders(context, currency);
    const row = await loaders.entities.load(id);
    return row === null ? null : toEntity(loaders.code, row);
  }

  @FieldResolver(() => Amount, { description: BALANCE_DESCRIPTION })
  balance(@Root() entity: Entity, @Ctx() context: GatewayContext): Promise<Amount> {
    return balanceOf(context, entity);
  }

  @FieldResolver(() => TagConnection, {
    description: 'The tags of its addresses, by address, label, source and TagPack.',
  })
  async tags(
    @Root() entity: Entity,
    @Args(() => PageArgs) { first }: PageArgs,
    @Ctx() context: GatewayContext,
  ): Promise<TagConnection> {
    const limit = pageSize(first, context.limits);
    const tags = context.loaders.currency(entity.currency).tags;
    const page = await tags.ofEntity.load({ of: entity.id, limit });
    return connectionOfPage(page, (row) => toTag(entity.currency, row));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'How much the labels of its tags agree, from 0 to 1 (1: one label): repeated labels ' +
      'count as agreeing, distinct ones by their Ratcliff/Obershelp similarity. Null without ' +
      `tags, or with more than ${COHERENCE_MAX_TAGS}.`,
  })
  async tagCoherence(@Root() entity: Entity, @Ctx() context: GatewayContext) {
    const tags = context.loaders.currency(entity.currency).tags;
    const page = await tags.ofEntity.load({ of: entity.id, limit: COHERENCE_MAX_TAGS });
    return page.hasNextPage ? null : coherenceOf(page.rows.map((row) => row.label));
  }
}
