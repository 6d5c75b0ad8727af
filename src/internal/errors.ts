/**
 * The one kind of error this package throws: a programmer error (an impossible argument), as a
 * native `RangeError` (a value out of range) or `TypeError` (a value of the wrong type) whose
 * message starts with the package name. They are remembered (in a WeakSet), so the command line
 * can tell them from crashes and print what they say without decoding messages.
 */
const PREFIX = "@kudumbashree/domain: ";
const ours = new WeakSet<Error>();

function branded<E extends Error>(error: E): E {
  ours.add(error);
  return error;
}

/** A `RangeError` of this package: a value of the right type that cannot be right. */
export function rangeError(detail: string): RangeError {
  return branded(new RangeError(PREFIX + detail));
}

/** A `TypeError` of this package: a value of the wrong type. */
export function typeError(detail: string): TypeError {
  return branded(new TypeError(PREFIX + detail));
}

/** What an error of this package says, without the prefix; `undefined` for any other error. */
export function packageErrorDetail(error: unknown): string | undefined {
  return error instanceof Error && ours.has(error) ? error.message.slice(PREFIX.length) : undefined;
}
