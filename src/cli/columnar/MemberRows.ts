// The membership rows the columnar path keeps, by person: a person's first row in three columns
// (12 bytes a person), further rows (a second group, a repeated row) in a chained overflow. A row
// is its group (a number) and the days, as yyyymmdd, it makes its holder a counted member (from >
// to for a resource person). They answer what the object path asks of a group's memberships: is
// she a member at all (an attendee's check), is she counted on a day (attendance, duplicates).

/** The widest open bounds of a row, as yyyymmdd. */
export const OPEN_FROM = 0;
export const OPEN_TO = 99_999_999;

export class MemberRows {
  private readonly group: Int32Array; // group + 1 of the first row, 0: none
  // The first row's days; without meetings to check (`days` false), only whether it counts on asOf.
  private readonly from: Int32Array | undefined;
  private readonly to: Int32Array | undefined;
  private readonly countsOnAsOf: Uint8Array | undefined;
  private readonly head = new Map<number, number>(); // person -> overflow row + 1 of her latest further row
  private overflow = new Int32Array(4 * 1024); // next + 1, group, from, to
  private overflowCount = 0;

  /**
   * `days`: keep each row's days (for meetings' attendees); without them a row answers `counted`
   * for the one day `asOf` only.
   */
  constructor(
    people: number,
    private readonly days: boolean,
    private readonly asOf: number,
  ) {
    this.group = new Int32Array(people);
    if (days) {
      this.from = new Int32Array(people);
      this.to = new Int32Array(people);
    } else this.countsOnAsOf = new Uint8Array(people);
  }

  /** Keeps a row of `person` in `group`, counting her from `from` to `to` (yyyymmdd, inclusive). */
  add(person: number, group: number, from: number, to: number): void {
    if (this.group[person] === 0) {
      this.group[person] = group + 1;
      if (this.from !== undefined && this.to !== undefined) {
        this.from[person] = from;
        this.to[person] = to;
      } else (this.countsOnAsOf as Uint8Array)[person] = from <= this.asOf && this.asOf <= to ? 1 : 0;
      return;
    }
    const row = this.overflowCount++;
    if (4 * row + 4 > this.overflow.length) {
      const grown = new Int32Array(2 * this.overflow.length);
      grown.set(this.overflow);
      this.overflow = grown;
    }
    const o = this.overflow;
    o[4 * row] = this.head.get(person) ?? 0;
    o[4 * row + 1] = group;
    o[4 * row + 2] = from;
    o[4 * row + 3] = to;
    this.head.set(person, row + 1);
  }

  /** Whether `person` has a row in `group`. */
  has(person: number, group: number): boolean {
    if (this.group[person] === group + 1) return true;
    const o = this.overflow;
    for (let row = this.head.get(person) ?? 0; row !== 0; row = o[4 * (row - 1)] as number)
      if (o[4 * (row - 1) + 1] === group) return true;
    return false;
  }

  /** Whether a row of `person` in `group` makes her a counted member on `day` (yyyymmdd). */
  counted(person: number, group: number, day: number): boolean {
    if (this.group[person] === group + 1) {
      if (this.from === undefined || this.to === undefined) {
        if (day !== this.asOf) throw new Error("MemberRows: kept without days, asked of another day");
        if (this.countsOnAsOf?.[person] === 1) return true;
      } else if ((this.from[person] as number) <= day && day <= (this.to[person] as number)) return true;
    }
    if (this.head.size === 0) return false;
    const o = this.overflow;
    for (let row = this.head.get(person) ?? 0; row !== 0; row = o[4 * (row - 1)] as number) {
      const at = 4 * (row - 1);
      if (o[at + 1] === group && (o[at + 2] as number) <= day && day <= (o[at + 3] as number)) return true;
    }
    return false;
  }

  /** Bytes held. */
  get bytes(): number {
    return (this.days ? 12 : 5) * this.group.length + 4 * this.overflow.length + 40 * this.head.size;
  }

  /** Further rows kept (beyond each person's first). */
  get further(): number {
    return this.overflowCount;
  }
}
