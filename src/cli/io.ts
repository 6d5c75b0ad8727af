// What the command writes and reads, so that tests can run it in process.

/** What the command writes and reads, so tests can run it in process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => string;
  readonly isTTY: boolean;
  readonly today: () => string;
  /** The environment, for LC_ALL, LC_MESSAGES and LANG (which choose the language without --lang). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Reports a step of a long piece of work (on a terminal, after the first second). */
export type Progress = (text: string) => void;

/**
 * Shows how far a long read has come (bytes of a known total, records per second, time left).
 * Drawn on standard error only on a terminal and without `--quiet`; otherwise every call does nothing.
 */
export interface Meter {
  /** The number of bytes the whole read will take (the sum of the files' sizes). */
  readonly start: (totalBytes: number) => void;
  /** `bytes` more bytes read, holding `records` more records. */
  readonly advance: (bytes: number, records: number) => void;
  /** The read is over: the bar is cleared. */
  readonly stop: () => void;
}

/** A meter that shows nothing. */
export const SILENT_METER: Meter = { start: () => {}, advance: () => {}, stop: () => {} };
