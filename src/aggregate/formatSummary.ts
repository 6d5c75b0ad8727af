import type { GroupKind } from "../entities/Group.js";
import type { Summary, SummaryCounts, SummaryRatios } from "./Summary.js";

/**
 * Options of {@link formatSummary}.
 *
 * @example
 * ```ts
 * import type { FormatSummaryOptions } from "@kudumbashree/domain";
 *
 * const options: FormatSummaryOptions = { format: "csv" };
 * ```
 */
export interface FormatSummaryOptions {
  /** `table` for people (aligned text), `csv` for spreadsheets (RFC 4180, with a header), `json` for programs. */
  readonly format: "table" | "csv" | "json";
}

type Line = {
  readonly unit: string;
  readonly unitId: string;
  readonly kind: string;
  readonly counts: SummaryCounts & SummaryRatios;
  readonly suppressed: ReadonlySet<string>;
};

const COLUMNS = [
  ["wards", "wards"],
  ["wardsWithGroup", "with group"],
  ["groups", "groups"],
  ["members", "members"],
  ["meanGroupSize", "mean size"],
  ["minGroupSize", "min"],
  ["maxGroupSize", "max"],
  ["coverage", "coverage"],
  ["capacityUse", "capacity use"],
  ["meetingsHeld", "meetings held"],
  ["meetingsExpected", "expected"],
  ["meetingCompliance", "compliance"],
  ["attendanceRate", "attendance"],
] as const;

const RATIOS = new Set<string>(["meanGroupSize", "coverage", "capacityUse", "meetingCompliance", "attendanceRate"]);

/**
 * Writes a summary for a report or the command line: an aligned text `table`, `csv` (one line
 * per unit and, without a group kind, per unit and kind; age bands as columns) or `json`. The
 * same summary always gives the same bytes. Suppressed values show as `<k`, missing ratios
 * (no denominator) as `-` in a table and empty in CSV.
 *
 * @param summary - Any summary.
 * @param options - The format.
 * @returns The text, ending with a newline.
 *
 * @example
 * ```ts
 * import { emptySummary, formatSummary } from "@kudumbashree/domain";
 *
 * formatSummary(emptySummary(), { format: "csv" }).split("\r\n")[0]?.split(",").slice(0, 7);
 * //=> ["unitId", "unit", "kind", "wards", "wardsWithGroup", "groups", "members"]
 * ```
 */
export function formatSummary(summary: Summary, options: FormatSummaryOptions): string {
  if (options.format === "json") return `${JSON.stringify(summary, null, 2)}\n`;
  const lines: Line[] = [];
  for (const row of [...summary.rows, summary.total]) {
    const suppressed = new Set(row.suppressed ?? []);
    const unitId = row.unitId ?? "";
    lines.push({ unit: row.name, unitId, kind: summary.groupKind ?? "all", counts: row, suppressed });
    for (const [kind, counts] of Object.entries(row.byKind ?? {}) as [GroupKind, SummaryCounts & SummaryRatios][]) {
      const prefix = `byKind.${kind}.`;
      const own = new Set(
        [...suppressed].filter((field) => field.startsWith(prefix)).map((field) => field.slice(prefix.length)),
      );
      lines.push({ unit: row.name, unitId, kind, counts, suppressed: own });
    }
  }
  const bandLabels = Object.keys(summary.total.ageBands);
  return options.format === "csv" ? csv(lines, bandLabels, summary.suppressBelow) : table(summary, lines);
}

function cell(line: Line, field: string, k: number | null, forTable: boolean): string {
  const value = field.startsWith("ageBands.")
    ? line.counts.ageBands[field.slice(9)]
    : (line.counts as unknown as Record<string, number | null>)[field];
  if (value === null || value === undefined)
    return line.suppressed.has(field) && k !== null ? `<${k}` : forTable ? "-" : "";
  if (!forTable) return String(value);
  if (field === "meanGroupSize") return value.toFixed(2);
  if (RATIOS.has(field)) return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString("en-IN");
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(lines: readonly Line[], bandLabels: readonly string[], k: number | null): string {
  const fields = [...COLUMNS.map(([field]) => field), ...bandLabels.map((label) => `ageBands.${label}`)];
  const header = [
    "unitId",
    "unit",
    "kind",
    ...COLUMNS.map(([field]) => field),
    ...bandLabels.map((label) => `age ${label}`),
  ];
  const body = lines.map((line) =>
    [line.unitId, line.unit, line.kind, ...fields.map((field) => cell(line, field, k, false))].map(csvField).join(","),
  );
  return `${[header.join(","), ...body].join("\r\n")}\r\n`;
}

function table(summary: Summary, lines: readonly Line[]): string {
  const header = ["unit", "kind", ...COLUMNS.map(([, title]) => title)];
  const body = lines.map((line) => [
    line.kind === (summary.groupKind ?? "all") ? line.unit : `  ${line.unit}`,
    line.kind,
    ...COLUMNS.map(([field]) => cell(line, field, summary.suppressBelow, true)),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => (cells[i] as string).length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((text, i) => (i < 2 ? text.padEnd(widths[i] as number) : text.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  const title =
    `${summary.groupKind ?? "all groups"} by ${summary.level ?? "-"} as of ${summary.asOf ?? "-"}` +
    `${summary.suppressBelow === null ? "" : ` (counts below ${summary.suppressBelow} suppressed)`}`;
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return `${[title, render(header), rule, ...body.map(render)].join("\n")}\n`;
}
