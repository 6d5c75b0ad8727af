import { INVISIBLE } from "../entities/Id.js";
import { IdIndex } from "../internal/IdIndex.js";
import type { Issue, SubjectKind } from "../issues/Issue.js";
import { issue } from "../issues/issueFactory.js";

/**
 * The form in which two ids that a reader takes for one are equal: invisible characters removed
 * (the soft hyphen, zero-width spaces and joiners, bidirectional controls, ... as listed by the
 * {@link Id} rules), then Unicode NFKC (so composed and decomposed `é`, and fullwidth `ｐ１` and `p1`,
 * meet), then surrounding whitespace trimmed, then `toLowerCase()` (locale-independent, not full
 * Unicode case folding).
 *
 * @internal
 */
export function foldId(id: string): string {
  return id.replace(INVISIBLE, "").normalize("NFKC").trim().toLowerCase();
}

/**
 * What the characters of an id are: bit 1 an ASCII capital letter, bit 2 an ASCII small letter,
 * bit 4 a character other than printable ASCII, or a space at either end. An id without bit 4
 * folds to its ASCII lower case, so without bits 1 and 4 it is already folded. @internal
 */
export function idClass(id: string): number {
  let bits = 0;
  const last = id.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = id.charCodeAt(i);
    if (c > 0x7e || c < 0x20 || (c === 0x20 && (i === 0 || i === last))) return bits | 4;
    if (c >= 0x61 && c <= 0x7a) bits |= 2;
    else if (c >= 0x41 && c <= 0x5a) bits |= 1;
  }
  return bits;
}

/**
 * Reports `id.lookalike` for the ids of one collection that fold ({@link foldId}) to the same form
 * but are not equal: each later id once, naming the first id of its kind. Duplicates (positions
 * that `positionOf` does not give for their id) are left out; they are reported as `id.duplicate`.
 *
 * Most ids need no folding: a printable-ASCII id without surrounding spaces folds to its lower
 * case, so two such ids in the same letter case are lookalikes only if equal. The ids are
 * compared in the case (lower or upper) most of them are written in; only the others (and ids
 * with other characters) are folded, and each folded form is looked up among the ids as they are
 * and among the other folded forms. A state export with ids such as `P00000001` folds none.
 *
 * @internal
 */
export function findLookalikes(
  collection: string,
  subject: SubjectKind,
  count: number,
  idAt: (position: number) => string,
  positionOf: (id: string) => number,
  issues: Issue[],
): void {
  const bits = new Uint8Array(count);
  let notLower = 0; // ids that are not already folded when folding to lower case
  let notUpper = 0;
  for (let i = 0; i < count; i++) {
    const b = idClass(idAt(i));
    bits[i] = b;
    if (b & 5) notLower++;
    if (b & 6) notUpper++;
  }
  if (Math.min(notLower, notUpper) === 0) return;
  const toUpper = notUpper < notLower;
  const unfolded = toUpper ? 6 : 5;

  // The ids not already folded (first occurrences only), their folded forms (in the chosen case)
  // indexed in typed arrays (a Map of lakhs of keys is several times slower), and which of them
  // fold like an earlier one.
  const positions: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    if (((bits[i] as number) & unfolded) === 0) continue;
    const id = idAt(i);
    if (positionOf(id) !== i) continue;
    const folded = foldId(id);
    positions.push(i);
    keys.push(toUpper ? folded.replace(/[a-z]+/g, (letters) => letters.toUpperCase()) : folded);
  }
  const later = new Uint8Array(keys.length);
  const firstOf = new IdIndex(
    keys.length,
    (j) => keys[j] as string,
    (j) => {
      later[j] = 1;
    },
  );

  // Each later id of a kind names the first: the id already in folded form (found among the ids
  // as they are) or the first of the others, whichever comes first.
  const found: [position: number, first: number][] = [];
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j] as string;
    const position = positions[j] as number;
    const same = positionOf(key);
    const folded = same >= 0 && ((bits[same] as number) & unfolded) === 0 ? same : -1;
    if (later[j]) {
      const other = positions[firstOf.get(key)] as number;
      found.push([position, folded >= 0 && folded < other ? folded : other]);
    } else if (folded >= 0) {
      found.push(folded < position ? [position, folded] : [folded, position]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  for (const [position, first] of found) {
    const id = idAt(position);
    issues.push(
      issue(
        "id.lookalike",
        { id, other: idAt(first), collection },
        { path: [collection, position, "id"], subject: { kind: subject, id } },
      ),
    );
  }
}
