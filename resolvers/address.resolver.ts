import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Address, toAddress } from './address.type.js';
import { Amount } from './common/amount.type.js';
import { balanceOf } from './common/balance.js';
import { CURRENCY_DESCRIPTION, currencyLoaders } from './common/currency.js';
import { parseAddress } from './common/identifiers.js';
import { PageArgs } from './common/page.args.js';
import { connectionOfPage, pageSize } from './common/paging.js';
import type { GatewayContext } from './context.js';
import { Entity, toEntity } from './entity.type.js';
import { BALANCE_DESCRIPTION } from './node-statistics.type.js';
import { TagConnection, toTag } from './tag.type.js';

/** Addresses by their text, with balance, tags and entity. */
@Resolver(() => Address)
export class AddressResolver {
  @Authorized()
  @Query(() => Address, {
    nullable: true,
    description: 'An address; null when it has never received anything.',
  })
  async address(
    @Arg('currency', { description: CURRENCY_DESCRIPTION }) currency: string,
    @Arg('address', {
      description: '14 to 90 letters and digits, optionally after a lower-case prefix and ":".',
    })
    address: string,
    @Ctx() context: GatewayContext,
  ): Promise<Address | null> {
    const lookup = parseAddress(address);
    const loaders = await currencyLoaders(context, currency);
    const row = await loaders.addresses.byAddress.load(lookup);
    return row === null ? null : toAddress(loaders.code, row);
  }

  @FieldResolver(() => Amount, { description: BALANCE_DESCRIPTION })
  balance(@Root() address: Address, @Ctx() context: GatewayContext): Promise<Amount> {
    return balanceOf(context, address);
  }

  @FieldResolver(() => TagConnection, { description: 'Its tags, by label, source and TagPack.' })
  async tags(
    @Root() address: Address,
    @Args(() => PageArgs) { first }: PageArgs,
    @Ctx() context: GatewayContext,
  ): Promise<TagConnection> {
    const limit = pageSize(first, context.limits);
    const tags = context.loaders.currency(address.currency).tags;
    const page = await tags.ofAddress.load({ of: address.address, limit });
    return connectionOfPage(page, (row) => toTag(address.currency, row));
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The entity it belongs to; null when the dataset lacks it.',
  })
  async entity(@Root() address: Address, @Ctx() context: GatewayContext): Promise<Entity | null> {
    const loaders = context.loaders.currency(address.currency);
    const entityId = await loaders.addresses.entityIdOf.load(address.id);
    const row = entityId === null ? null : await loaders.entities.load(entityId);
    return row === null ? null : toEntity(address.currency, row);
  }
}
