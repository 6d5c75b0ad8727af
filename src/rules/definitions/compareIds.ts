/**
 * The order of ids in every list the package returns (summary rows, ageing-out rows, unknown
 * groups): by UTF-16 code units, as `<` compares strings, so the order is the same on every
 * machine and locale.
 *
 * @internal
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
