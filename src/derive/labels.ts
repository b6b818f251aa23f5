/** Length of `label_norm_prefix`, the partition key of `tag_by_label`. */
export const LABEL_PREFIX_LENGTH = 3;

const NOT_ASCII_ALPHANUMERIC = /[^A-Za-z0-9]/g;

/**
 * The normalised label of `tag_by_label`: every character that is not an ASCII letter or
 * digit removed, then lower-cased ("Müller" gives "mller"). Searches must use the same rule.
 */
export function normalizeLabel(label: string): string {
  return label.replace(NOT_ASCII_ALPHANUMERIC, '').toLowerCase();
}

/** The partition key of a normalised label: its first three characters. */
export function labelPrefix(labelNorm: string): string {
  return labelNorm.slice(0, LABEL_PREFIX_LENGTH);
}
