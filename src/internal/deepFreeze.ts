/**
 * Freezes a value and everything reachable from it; returns it for chaining. A call whose result
 * is unused may be dropped by a bundler (the annotation), so the recursion is in `freezeAll`,
 * which is not annotated: a minifier keeps it (annotated, the inner calls were dropped and only
 * the top level was frozen).
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  freezeAll(value);
  return value;
}

function freezeAll(value: unknown): void {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key]);
  }
}
