/** The error code of every input the derivation cannot read. */
export const INPUT_ERROR_CODE = 'ERR_DERIVE_INPUT';

/**
 * Input that the derivation cannot read: a malformed line, a missing or mistyped field, a
 * missing required file or an unknown table file. `line` is 1-based, null for file-level faults.
 */
export class InputError extends Error {
  readonly code = INPUT_ERROR_CODE;
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

/** A fault inside one record, before the caller knows which file and line it came from. */
export class FieldError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FieldError';
  }
}
