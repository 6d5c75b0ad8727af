// zod's issues, as the package's `schema.invalid` issues: what is wrong (a reason from a short
// list), with which field, the value as written, and what was expected or allowed, so that a
// message can be written in any language from them. zod's own English never reaches a message;
// only a refinement's text (ours) is kept, as `detail`.
import type { z } from "zod";
import type { Issue, SubjectKind } from "../issues/Issue.js";
import type { IssueParams } from "../issues/IssueParams.js";
import { issue } from "../issues/issueFactory.js";

/** The params of a `schema.invalid` issue. */
export type SchemaParams = IssueParams["schema.invalid"];
type Key = string | number;

const collectionSubjects: Record<string, SubjectKind> = {
  units: "unit",
  people: "person",
  groups: "group",
  federations: "federation",
  meetings: "meeting",
};

/**
 * Written `\uXXXX` in an echoed value: control and bidi characters (as escapeText.ts counts them),
 * lone surrogates, and the invisible characters that make an id look blank (zero-width space,
 * word joiner and invisible operators, byte-order mark; not the joiners Indic scripts need).
 */
const UNSAFE = new RegExp(
  "[\\0-\\x1f\\x7f-\\x9f\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]|" +
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);

/**
 * A value as a message echoes it: a string as it is (in double quotes when `quoted`, as for a
 * value of the wrong type or of an unknown field, whose type is the point), anything else as
 * JSON writes it (`1990`, `true`, `null`; a list `[…]`, an object `{…}`), cut to 40 characters
 * (then `…`) and escaped. `undefined` for a value that is not there.
 */
export function shownValue(value: unknown, quoted = false): string | undefined {
  if (value === undefined) return undefined;
  let text =
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? "[…]"
        : typeof value === "object" && value !== null
          ? "{…}"
          : String(value);
  // Cut between characters, never inside a surrogate pair.
  if (text.length > 40) text = `${text.slice(0, /[\ud800-\udbff]/.test(text[39] as string) ? 39 : 40)}…`;
  text = text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return quoted && typeof value === "string" ? `"${text}"` : text;
}

/**
 * The value at `path` in `root`: `[true, value, true]` when its key is there (the value may be
 * `undefined`), `[false]` when not, `[true, undefined, false]` when it cannot be read (a getter or
 * proxy that throws: something is there, but it cannot be echoed).
 */
function valueAt(root: unknown, path: readonly Key[]): [boolean, unknown?, boolean?] {
  let node = root;
  try {
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return [false];
      node = (node as Record<Key, unknown>)[key];
    }
  } catch {
    return [true, undefined, false];
  }
  return [true, node, true];
}

/**
 * The fields of an object schema (or of the first option of a discriminated union, whose options
 * share their fields; or of the schema a `readonly` or `optional` wraps), for the issue of an
 * unknown field.
 */
export function schemaFields(schema: unknown): readonly string[] | undefined {
  const { shape, options, unwrap } = schema as {
    shape?: object;
    options?: readonly { shape?: object }[];
    unwrap?: () => unknown;
  };
  const fields = shape ?? options?.[0]?.shape;
  if (fields !== undefined) return Object.keys(fields);
  return typeof unwrap === "function" ? schemaFields(unwrap.call(schema)) : undefined;
}

/**
 * One zod issue as `schema.invalid` params and the path (in `root`, the value zod was given) of
 * the field at fault; `fields` are the fields `root` may have. An unknown field gives one issue
 * per key, each listing the fields (at the top of `root`). A field that is not there is `missing`,
 * whatever zod expected of it. zod's message is kept only for a refinement's (`custom`) issue.
 */
export function schemaParams(
  found: z.core.$ZodIssue,
  root: unknown,
  fields?: readonly string[],
): { path: Key[]; params: SchemaParams }[] {
  const path: Key[] = found.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  // Each code has its own fields; read them loosely (a discriminator's `options` are not typed).
  const { expected, format, origin, minimum, maximum, values, options } = found as {
    expected?: string;
    format?: string;
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    values?: readonly unknown[];
    options?: readonly unknown[];
  };
  // A refinement that checks a format (a real calendar date) names it in its params.
  const named = found.code === "custom" ? (found.params?.["format"] as string | undefined) : undefined;
  const allowed = (values ?? options)?.map(String);
  const reason =
    found.code === "invalid_union" && allowed !== undefined
      ? "invalid_value"
      : named !== undefined
        ? "invalid_format"
        : /^(invalid_(type|format|value)|too_(small|big)|unrecognized_keys)$/.test(found.code)
          ? found.code
          : "custom";
  const bound = minimum ?? maximum;
  const wanted = expected ?? format ?? origin ?? named;
  return (found.code === "unrecognized_keys" ? found.keys : [undefined]).map((key) => {
    const at = key === undefined ? path : [...path, key];
    const [there, value, readable] = valueAt(root, at);
    const missing = !there && reason !== "custom" && reason !== "unrecognized_keys";
    const params: Record<string, unknown> = {
      reason: missing ? "missing" : reason,
      field: [...at].reverse().find((each) => typeof each === "string"),
      // A key there with the value undefined (an object built by code) is shown, not called missing.
      value:
        readable && value === undefined
          ? "undefined"
          : // A refinement of a whole record or list is not helped by echoing `{…}`.
            reason === "custom" && typeof value === "object" && value !== null
            ? undefined
            : shownValue(value, reason === "invalid_type" || reason === "unrecognized_keys"),
      expected: missing ? undefined : wanted === "int" ? "integer" : wanted,
      allowed: key === undefined ? allowed : path.length === 0 ? fields : undefined,
      limit: bound === undefined ? undefined : Number(bound),
      detail: reason === "custom" ? found.message : undefined,
    };
    for (const name in params) if (params[name] === undefined) delete params[name];
    return { path: at, params: params as unknown as SchemaParams };
  });
}

/**
 * The path an issue is counted under for "one issue per field": its own, but an item of a list
 * inside a record (`meetings.0.attendeeIds.2`) counts as the list (`meetings.0.attendeeIds`), so
 * a CSV cell of several ids gives one issue however many of them are wrong.
 */
function fieldKey(path: readonly Key[]): string {
  const n = path.length;
  const item = n > 2 && typeof path[n - 1] === "number" && typeof path[n - 3] === "number";
  return (item ? path.slice(0, -1) : path).join("\u0000");
}

/**
 * zod's issues about `root` (the value zod was given, at `prefix` in the input) as the params and
 * paths of `schema.invalid` issues, one per field (the first found; paths prefixed with `prefix`):
 * the first `max`, and how many more there were. `fields` are the fields `root` may have.
 */
export function schemaFindings(
  zodIssues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: readonly Key[],
  max: number,
  fields?: readonly string[],
): { found: { path: Key[]; params: SchemaParams; code: string }[]; omitted: number } {
  const found: { path: Key[]; params: SchemaParams; code: string }[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  for (const zodIssue of zodIssues)
    for (const { path: inner, params } of schemaParams(zodIssue, root, fields)) {
      const path = [...prefix, ...inner];
      const key = fieldKey(path);
      if (seen.has(key)) continue;
      seen.add(key);
      if (found.length >= max) omitted++;
      else found.push({ path, params, code: zodIssue.code });
    }
  return { found, omitted };
}

/**
 * zod's issues about `root` (the value zod was given, at `prefix` in `input`) as `schema.invalid`
 * issues about the records they are in: see {@link schemaFindings}.
 */
export function schemaIssues(
  input: unknown,
  root: unknown,
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly Key[],
  max: number,
  fields?: readonly string[],
): { issues: Issue[]; omitted: number } {
  const { found, omitted } = schemaFindings(zodIssues, root, prefix, max, fields);
  const issues = found.map(({ path, params }) =>
    issue("schema.invalid", params, { path, subject: subjectAt(input, path) }),
  );
  return { issues, omitted };
}

function subjectAt(input: unknown, path: readonly Key[]): Issue["subject"] {
  const [collection, position] = path;
  if (typeof collection !== "string" || typeof position !== "number") return undefined;
  const kind = Object.hasOwn(collectionSubjects, collection) ? collectionSubjects[collection] : undefined;
  const [, id] = kind === undefined ? [] : valueAt(input, [collection, position, "id"]);
  return typeof id === "string" && id.length > 0 ? { kind: kind as SubjectKind, id } : undefined;
}
