/**
 * Every secret-like value that appears in the project's docs, compose file and examples.
 * Production refuses each of them; a test checks that the docs contain no other.
 */
export const EXAMPLE_SECRETS: readonly string[] = [
  'change-me-to-a-long-random-secret-of-32-bytes-or-more',
];
