import { normalizeLabel } from './labels.js';
import { tagByLabelRow } from './tags.js';
import type { AddressTag, TagByCategoryRow, TagpackByUriRow, TagpackRows } from './types.js';

/**
 * The rows of the shared tagpacks keyspace for a set of tags: `tag_by_address` as given,
 * `tag_by_label` with the ASCII label rule, `tag_by_category` for tags with a category and
 * one `tagpack_by_uri` row per distinct tagpack (title, description and creator unknown).
 */
export function deriveTagpackRows(tags: AddressTag[]): TagpackRows {
  return {
    tagByAddress: tags,
    tagByLabel: tags.map(tagByLabelRow),
    tagByCategory: tags.flatMap(tagByCategoryRow),
    tagpackByUri: tagpackRows(tags),
  };
}

function tagByCategoryRow(tag: AddressTag): TagByCategoryRow[] {
  if (tag.category === null) return [];
  return [
    {
      category: tag.category,
      currency: tag.currency,
      abuse: tag.abuse,
      labelNorm: normalizeLabel(tag.label),
      label: tag.label,
      address: tag.address,
      source: tag.source,
      tagpackUri: tag.tagpackUri,
      lastmod: tag.lastmod,
    },
  ];
}

function tagpackRows(tags: AddressTag[]): TagpackByUriRow[] {
  const uris = new Set(tags.map((tag) => tag.tagpackUri));
  return [...uris].map((uri) => ({ uri, title: null, description: null, creator: null }));
}
