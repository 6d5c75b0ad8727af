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
