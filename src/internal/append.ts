/** Appends items one by one: `target.push(...items)` overflows the stack past about 10^5 items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
