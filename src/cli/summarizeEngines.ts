// What `summarize` asks of an engine (the in-process object path, the streaming columnar CSV path,
// DuckDB), and what each gives back: the command prints every engine's answer the same way.
import type { SummarizeOptions } from "../aggregate/SummarizeOptions.js";
import type { Summary, SuppressedSummary } from "../aggregate/Summary.js";
import type { Issue } from "../issues/Issue.js";
import type { Location } from "./csvDataset.js";
import type { Meter, Progress } from "./io.js";

/** What the command line gives an engine: where the data is and the options of the summary. */
export interface SummarizeRequest {
  /** A JSON file, `-` for standard input, or a folder of CSV files. */
  readonly path: string;
  readonly options: SummarizeOptions;
  /** Refuse CSV columns the format does not know. */
  readonly strict: boolean;
  readonly stdin: () => string;
  readonly progress: Progress;
  readonly meter: Meter;
}

/** An engine's answer: the summary, with its issues already placed in the files they came from. */
export interface SummarizeAnswer {
  /** The summary; its `issues` start with the reading's own issues, then the data's. */
  readonly summary: Summary | SuppressedSummary;
  /** The file or folder, as messages name it. */
  readonly label: string;
  /** How many of the issues are errors of the reading itself (columns refused by `--strict`). */
  readonly refused: number;
  /** How many of the data's issues are errors. */
  readonly errors: number;
  /** Where an issue is, for its line. */
  readonly locateIssue: (issue: Issue) => Location | undefined;
}
