// The line each record of a file starts on, without a number per record: records follow one
// another a line apart, so only where that breaks (an empty line, a quoted line break) is noted.

export class LineMap {
  private readonly indexes: number[] = [];
  private readonly offsets: number[] = [];
  private last = Number.NaN;
  private top = -1;

  /** Record `index` (counting from 0, in order) starts on `line`. */
  note(index: number, line: number): void {
    if (index <= this.top) return; // a second pass over the file
    this.top = index;
    const offset = line - index;
    if (offset === this.last) return;
    this.last = offset;
    this.indexes.push(index);
    this.offsets.push(offset);
  }

  /** The line record `index` starts on (noted before), or undefined. */
  lineOf(index: number): number | undefined {
    const { indexes, offsets } = this;
    let low = 0;
    let high = indexes.length - 1;
    if (high < 0 || index < (indexes[0] as number)) return undefined;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((indexes[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return index + (offsets[low] as number);
  }
}
