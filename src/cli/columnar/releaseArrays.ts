// Typed arrays that held a state's people (tens of MB each) and are done with: dropping them frees
// nothing until V8's next full collection, which may come only after the next phase has allocated
// its own (a validate at 45 lakh members peaked ~60 MB higher for it). Their memory is moved
// instead, without a copy, to a new buffer that nothing holds, and a young collection (a few MB
// of allocation away) frees it.

/**
 * Frees the memory of typed arrays no longer needed, soon; each is left empty (length 0), so
 * nothing may read them after. Views of a shared buffer (a Buffer from Node's pool) are left as
 * they are.
 *
 * @example
 * const numbers = new Int32Array(100_000);
 * releaseArrays(numbers);
 * numbers.length;
 * //=> 0
 */
export function releaseArrays(...arrays: readonly (ArrayBufferView | undefined)[]): void {
  for (const array of arrays) {
    if (array === undefined) continue;
    const buffer = array.buffer;
    // A small typed array lives in the heap and a view may share its buffer: neither is worth moving.
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < 4096 || buffer.byteLength !== array.byteLength)
      continue;
    structuredClone(buffer, { transfer: [buffer] });
  }
}
