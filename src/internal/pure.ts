/**
 * Runs `build` and returns its result. Calls to it are marked free of side effects, so a bundler
 * drops a module-level value built with it (a zod schema, a frozen table) when nothing imports it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function pure<T>(build: () => T): T {
  return build();
}
