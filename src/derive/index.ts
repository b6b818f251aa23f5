/**
 * The derivation of GraphSense keyspace rows from a raw chain, tags and the concepts file:
 * pure functions, no I/O.
 */
export { parseConcepts, TAXONOMY_ROOTS } from './concepts.js';
export { deriveTransformed } from './derive.js';
export { INPUT_ERROR_CODE, InputError, InputFault } from './errors.js';
export { type FiatRate, toFiat } from './fiat.js';
export { ADDRESS_PREFIX_LENGTH, idGroup } from './ids.js';
export { type ChainFile, parseChainFiles } from './input.js';
export { LABEL_PREFIX_LENGTH, labelPrefix, normalizeLabel } from './labels.js';
export { deriveRaw } from './raw.js';
export { deriveTagpackRows } from './tagpacks.js';
export { isOfCurrency, sameTags } from './tags.js';
export type * from './types.js';
