/**
 * The one kind of error this package throws: a programmer error (an impossible argument), as a
 * native `RangeError` (a value out of range) or `TypeError` (a value of the wrong type) whose
 * message starts with the package name. The message without the prefix is kept, so the command
 * line can print it without decoding strings.
 */
const PREFIX = "@kudumbashree/domain: ";
const detailKey = Symbol.for("@kudumbashree/domain.errorDetail");

function mark<E extends Error>(error: E, detail: string): E {
  Object.defineProperty(error, detailKey, { value: detail, enumerable: false });
  return error;
}

/** A `RangeError` of this package: a value of the right type that cannot be right. */
export function rangeError(detail: string): RangeError {
  return mark(new RangeError(PREFIX + detail), detail);
}

/** A `TypeError` of this package: a value of the wrong type. */
export function typeError(detail: string): TypeError {
  return mark(new TypeError(PREFIX + detail), detail);
}

/** What an error of this package says, without the prefix; `undefined` for any other error. */
export function packageErrorDetail(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const detail: unknown = (error as unknown as Record<symbol, unknown>)[detailKey];
  return typeof detail === "string" ? detail : undefined;
}
