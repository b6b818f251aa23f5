/** The error code of every input the derivation cannot read. */
export const INPUT_ERROR_CODE = 'ERR_DERIVE_INPUT';

/** What is wrong with an input, stable where the message is not; tests assert these. */
export const InputFault = {
  /** Not JSON or YAML, not an object, a missing or mistyped field, a hash of the wrong size. */
  MALFORMED: 'MALFORMED',
  /**
   * A number beyond its CQL type or negative where it cannot be, a rate that is no float32,
   * or a text that cannot be a key (empty, too long).
   */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A record with the key of an earlier one, or a second file for the same table. */
  DUPLICATE: 'DUPLICATE',
  /** Records that contradict each other: a transaction without its block, a foreign prefix. */
  INCONSISTENT: 'INCONSISTENT',
  /** A required file that is missing or holds no records. */
  MISSING: 'MISSING',
  /** A `.jsonl` file of a table the chain has not. */
  UNKNOWN_TABLE: 'UNKNOWN_TABLE',
} as const;

export type InputFault = (typeof InputFault)[keyof typeof InputFault];

/**
 * Input that the derivation cannot read or must not store. `line` is 1-based, null for
 * file-level faults; for a repeated key it is the line of the later record.
 */
export class InputError extends Error {
  readonly code = INPUT_ERROR_CODE;
  readonly file: string;
  readonly line: number | null;
  readonly fault: InputFault;

  constructor(file: string, line: number | null, reason: string, fault: InputFault) {
    super(line === null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.fault = fault;
  }
}

/** A fault inside one record, before the caller knows which file and line it came from. */
export class FieldError extends Error {
  readonly fault: InputFault;

  constructor(reason: string, fault: InputFault = InputFault.MALFORMED) {
    super(reason);
    this.name = 'FieldError';
    this.fault = fault;
  }
}
