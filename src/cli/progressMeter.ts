// The progress bar of `summarize` and `validate`: one line on standard error, redrawn in place.
//
// Other output never lands on the bar: the commands call `stop()` (which clears the line) before
// they print anything else, on standard output or standard error, and on errors too (try/finally).
// The `progress(...)` step lines of main.ts are written only between reads, never while a bar is up.
import { type Io, type Meter, SILENT_METER } from "./io.js";

/** How a progress meter is made; `now` and `width` are for tests. */
export interface ProgressMeterOptions {
  /** `--quiet`: show nothing. */
  readonly quiet: boolean;
  /** The clock, in milliseconds (default `performance.now`, which never runs backwards). */
  readonly now?: (() => number) | undefined;
  /** The terminal's width in columns (default `process.stderr.columns`, or 80). */
  readonly width?: number | undefined;
}

/** No bar for the first second: a short run prints nothing at all. */
export const PROGRESS_DELAY_MS = 1000;
/** At most ten redraws a second. */
export const PROGRESS_INTERVAL_MS = 100;
/** A bar narrower than this is left out (the figures are shown without it). */
const MIN_BAR = 10;

const SIZE_UNITS = ["B", "KB", "MB", "GB", "TB"] as const;
// Grouped as the English tables are (5,12,340), in ASCII digits: the bar's words are English in
// every language, like the progress lines.
const grouped = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 });

/**
 * A size in bytes in decimal units, as file managers show file sizes: one decimal below 10.
 *
 * @example
 * ```ts
 * humanBytes(436_000_000); //=> "436 MB"
 * humanBytes(4_360_000); //=> "4.4 MB"
 * humanBytes(512); //=> "512 B"
 * ```
 */
export function humanBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = unit === 0 || value >= 9.95 ? String(Math.round(value)) : value.toFixed(1);
  return `${text} ${SIZE_UNITS[unit]}`;
}

/**
 * A duration in whole seconds, rounded up (so work that remains never shows as "0 s").
 *
 * @example
 * ```ts
 * humanDuration(80); //=> "1 min 20 s"
 * humanDuration(7260); //=> "2 h 1 min"
 * humanDuration(0.2); //=> "1 s"
 * ```
 */
export function humanDuration(seconds: number): string {
  const whole = Math.ceil(Math.max(0, seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  const minutes = Math.floor(whole / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A non-negative finite number, or 0 (a meter never prints NaN or Infinity). */
const amount = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** How far a read has come, at one moment. */
interface Reading {
  readonly total: number;
  readonly bytes: number;
  readonly records: number;
  readonly seconds: number;
}

/**
 * The line of a reading, at most `width - 1` columns (the last column is left free: writing in it
 * makes some terminals wrap). Parts are dropped, least useful first, until the line fits.
 */
export function progressLine(reading: Reading, width: number): string {
  const room = Math.floor(width) - 1;
  if (!(room > 0)) return "";
  const { total, bytes, records, seconds } = reading;
  const fraction = total > 0 ? Math.min(1, bytes / total) : undefined;
  const percent = fraction === undefined ? undefined : `${Math.floor(fraction * 100)}%`;
  const read = total > 0 ? `${humanBytes(Math.min(bytes, total))} / ${humanBytes(total)}` : `${humanBytes(bytes)} read`;
  const rate = seconds > 0 ? `${grouped.format(Math.round(records / seconds))} records/s` : undefined;
  // Time left from bytes per second so far; unknown until a byte is read or without a total.
  const left =
    fraction === undefined || bytes <= 0 || seconds <= 0
      ? undefined
      : `${humanDuration(((total - Math.min(bytes, total)) * seconds) / bytes)} left`;
  const layouts = [[percent, read, rate, left], [percent, read, left], [percent, left], [percent ?? read]];
  for (const [k, layout] of layouts.entries()) {
    const text = layout.filter((part) => part !== undefined).join("  ");
    const barWidth = room - text.length - 3; // "[", "]" and a space
    if (k === 0 && fraction !== undefined && barWidth >= MIN_BAR) {
      const filled = Math.floor(fraction * barWidth);
      return `[${"#".repeat(filled)}${".".repeat(barWidth - filled)}] ${text}`;
    }
    if (text.length <= room) return text;
  }
  return (percent ?? read).slice(0, room);
}

/**
 * A meter for `summarize` and `validate`: on a terminal and without `--quiet`, a line on standard
 * error with a bar, the percentage, bytes read of the total, records per second and time left,
 * redrawn in place (`\r`) at most ten times a second, from the first second of work on, and
 * cleared by `stop()`. Off a terminal or with `--quiet`, a meter that shows nothing.
 *
 * @example
 * ```ts
 * const meter = progressMeter(io, { quiet: values["quiet"] === true });
 * try {
 *   meter.start(totalBytes);
 *   // ... meter.advance(chunkBytes, chunkRecords) as the files are read
 * } finally {
 *   meter.stop(); // before anything else is printed
 * }
 * ```
 */
export function progressMeter(io: Io, options: ProgressMeterOptions): Meter {
  if (!io.isTTY || options.quiet) return SILENT_METER;
  const now = options.now ?? (() => performance.now());
  const width = () => options.width ?? process.stderr.columns ?? 80;
  let startedAt: number | undefined;
  let total = 0;
  let bytes = 0;
  let records = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  /** The length of the line on the screen; 0 when there is none. */
  let shown = 0;

  const clear = () => {
    if (shown > 0) io.stderr(`\r${" ".repeat(shown)}\r`);
    shown = 0;
  };
  const start = (totalBytes: number) => {
    clear();
    startedAt = now();
    total = amount(totalBytes);
    bytes = 0;
    records = 0;
    drawnAt = Number.NEGATIVE_INFINITY;
  };
  return {
    start,
    advance(moreBytes, moreRecords) {
      if (startedAt === undefined) start(0);
      bytes += amount(moreBytes);
      records += amount(moreRecords);
      const at = now();
      const elapsed = at - (startedAt as number);
      if (!(elapsed >= PROGRESS_DELAY_MS) || at - drawnAt < PROGRESS_INTERVAL_MS) return;
      drawnAt = at;
      const line = progressLine({ total, bytes, records, seconds: elapsed / 1000 }, width());
      // Spaces over what is left of a longer line drawn before.
      io.stderr(`\r${line}${" ".repeat(Math.max(0, shown - line.length))}`);
      shown = Math.max(shown, line.length);
    },
    stop() {
      clear();
      startedAt = undefined;
    },
  };
}
