/** Receives the launcher's progress, one line for a person at a time. */
export type Report = (line: string) => void;
