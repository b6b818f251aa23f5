/** A load that cannot go ahead: unknown currency, keyspaces that hold data, bad input. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}
