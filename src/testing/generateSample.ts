import type { SummaryStreamRecord } from "../aggregate/summarizeStream.js";
import type { Dataset } from "../entities/Dataset.js";
import type { Federation } from "../entities/Federation.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership, Role } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit } from "../entities/Unit.js";
import { type CalendarDate, dayNumber, formatIsoDate, fromDayNumber, parseIsoDate } from "../internal/calendar.js";
import { rangeError, typeError } from "../internal/errors.js";
import { describeValue, requireWholeNumber } from "../internal/guards.js";
import { partition, Random } from "../internal/random.js";
import { birthday } from "../rules/definitions/ageing.js";
import { NRO_ASSAM_MEMBERS, nroAssamSample } from "./nroAssamSample.js";

/**
 * The sample datasets {@link generateSample} makes:
 *
 * - `thiruvananthapuram-2021`: Thiruvananthapuram district's auxiliary groups as published on
 *   6 November 2021: 1,546 wards over grama panchayats, municipalities and the corporation, 1,550
 *   groups (four wards with a second group), 25,823 women aged 18 to 40, no group above 50, two
 *   meetings a month from formation on 2 October 2021.
 * - `nro-balasabha-2020`: the Balasabhas of the four NRO partner states as published on
 *   14 August 2020, with exactly the published numbers of Balasabhas and children.
 * - `kerala-nhg`: a state-scale network of Neighbourhood Groups (10 to 20 women each) over
 *   Kerala's 14 districts, whose size is `members` (up to 45 lakh), for benchmarks; with
 *   `meetingWeeks`, weekly meetings with attendance up to 31 March 2024; with `federations`, an ADS
 *   in each ward and a CDS in each grama panchayat.
 * - `kerala-auxiliary-2021`: Kerala's auxiliary groups as counted on 18 November 2021 (19,521
 *   groups, 3,00,531 women), meeting twice a month with attendance from October 2021 to
 *   September 2022, for benchmarks.
 * - `nro-assam`: a village-based NRO partner state as of 31 March 2024, the end of Assam's
 *   financial year 2023-24 (validate it with `asOf: "2024-03-31"`). India > Assam > districts >
 *   development blocks > gaon panchayats (`localBody`, `gramaPanchayat`) > revenue villages
 *   (`village`), with about 7 self-help groups a village, 7 villages a panchayat, 5 panchayats a
 *   block and 2 blocks a district, so the tree grows with `members`: the women in DAY-NRLM
 *   self-help groups (default 10,000, from 200 to 2,00,000). Self-help groups of 10 to 20 adult
 *   women (a president, a secretary, members; one household a group), formed from 2013 on, a few
 *   closed, and a couple of special groups of 5 to 9; every village keeps an active one.
 *   Balasabhas in about half the villages, 15 children on average as in Assam's published figure
 *   (17,250 in 1,150), so many have fewer than 15; children in the age band of
 *   `kerala.balasabha@3.0.0` (5 to 18), a girl as leader, a deputy leader, and a resource person
 *   from the village's self-help groups. A Village Organisation in every village (`unitId` the
 *   village) federates its active self-help groups at least 6 months old; a block's villages form
 *   up to four clusters, a quarter of the block each, whose Cluster Level Federation (`unitId` the
 *   block) federates their VOs at least 6 months old. A federation is formed after its oldest
 *   member turned 6 months (a VO within 6 months, a CLF within 2 years), and later members joined
 *   once 6 months old, so every member was 6 months old when taken; younger or closed groups are
 *   not federated (about 90% of self-help groups are). Meeting records from 1 April 2023:
 *   self-help groups weekly with attendance (one in ten skips one to four weeks), Balasabhas
 *   monthly. On its day `validate` reports only what a real state shows: `group.below_min_size`
 *   for each Balasabha under Kerala's minimum of 15; a state's own weekly rule adds
 *   `meeting.cadence_missed` for each self-help group that skipped a week (weekly meetings are a
 *   state norm, not a national rule).
 *   Names are illustrative; ids are stable ASCII (`AS-D01-B01-GP01-V01-SHG01`).
 *
 * @example
 * ```ts
 * import type { SamplePreset } from "@kudumbashree/domain/testing";
 *
 * const preset: SamplePreset = "nro-balasabha-2020";
 * ```
 *
 * @public
 */
export type SamplePreset =
  | "thiruvananthapuram-2021"
  | "nro-balasabha-2020"
  | "kerala-nhg"
  | "kerala-auxiliary-2021"
  | "nro-assam";

/**
 * Options of {@link generateSample}.
 *
 * @example
 * ```ts
 * import type { GenerateSampleOptions } from "@kudumbashree/domain/testing";
 *
 * const options: GenerateSampleOptions = { seed: 7, members: 100_000 };
 * const federated: GenerateSampleOptions = { members: 100_000, meetingWeeks: 4, federations: true };
 * ```
 *
 * @public
 */
export interface GenerateSampleOptions {
  /** The seed: the same preset and seed give the same dataset on every machine. Default 1. */
  readonly seed?: number | undefined;
  /**
   * For `kerala-nhg`: how many members (default 10,000; at most 45,00,000). For `nro-assam`: how
   * many women in self-help groups (default 10,000; 200 to 2,00,000).
   */
  readonly members?: number | undefined;
  /**
   * For `kerala-nhg`: weeks of weekly meetings to record, up to the as-of date 2024-03-31 (default 0;
   * at most 520), each with its attendance (about 8 members in 10 of those who had joined by then).
   * Every NHG meets once in each of those weeks, on a weekday of its own; for more than 272 weeks the
   * NHGs are formed on the day of the first meeting instead of 7 January 2019. The people, groups
   * and memberships do not depend on it (but for that formation day).
   */
  readonly meetingWeeks?: number | undefined;
  /**
   * For `kerala-nhg`: Kudumbashree's federations too (default `false`: none). An Area Development
   * Society (`areaDevelopmentSociety`, id `ADS-` and its ward's id without `KL-`) in each ward
   * federates the ward's NHGs, formed 4 weeks after them (a ward with a single NHG, which only the
   * last ward can be, has it federated by the ADS of the ward before it in its grama panchayat, as a
   * ward with one NHG joins a neighbouring ward's ADS; a grama panchayat of one NHG has no ADS); a
   * Community Development Society (`communityDevelopmentSociety`, `CDS-` and its grama panchayat's
   * id without `KL-`) in each grama panchayat with an ADS federates its ADSs, formed 4 weeks after
   * them. The other records do not depend on it. Only `kerala-nhg` takes `true`: `nro-assam` has
   * federations of its own, the other presets none.
   * @since 0.2.0
   */
  readonly federations?: boolean | undefined;
}

/**
 * The list of presets, for command lines and docs.
 *
 * @example
 * ```ts
 * import { samplePresets } from "@kudumbashree/domain/testing";
 *
 * samplePresets;
 * //=> ["thiruvananthapuram-2021", "nro-balasabha-2020", "kerala-nhg", "kerala-auxiliary-2021", "nro-assam"]
 * ```
 *
 * @public
 */
export const samplePresets: readonly SamplePreset[] = Object.freeze([
  "thiruvananthapuram-2021",
  "nro-balasabha-2020",
  "kerala-nhg",
  "kerala-auxiliary-2021",
  "nro-assam",
]);

const WOMEN = [
  "Anitha",
  "Sreeja",
  "Bindu",
  "Lekha",
  "Deepa",
  "Sindhu",
  "Ambili",
  "Reshma",
  "Shameena",
  "Jincy",
  "Aswathy",
  "Divya",
  "Lakshmi",
  "Sumi",
  "Resmi",
  "Beena",
  "Girija",
  "Sobha",
  "Rajitha",
  "Shylaja",
  "Nisha",
  "Athira",
  "Anju",
  "Sruthi",
  "Fathima",
  "Ramla",
  "Mini",
  "Priya",
  "Soumya",
  "Jisha",
  "Remya",
  "Meera",
  "Gayathri",
  "Parvathy",
  "Haritha",
  "Ansa",
  "Neethu",
  "Aparna",
  "Keerthana",
  "Salini",
];
const CHILDREN = [
  "Aadhya",
  "Ananya",
  "Devika",
  "Niranjana",
  "Arjun",
  "Adithyan",
  "Abhinav",
  "Nandana",
  "Gouri",
  "Rohan",
  "Priyanka",
  "Rahul",
  "Puja",
  "Sunita",
  "Bikash",
  "Rina",
  "Mousumi",
  "Lalremruati",
  "Thoibi",
  "Sanjay",
];

/**
 * Makes a deterministic, realistic dataset for tests, demos and benchmarks. Exported from
 * `@kudumbashree/domain/testing`, never from the main entry, so apps do not ship it.
 *
 * `nro-assam` is the village-based partner state: validate it as of its day, 31 March 2024, and
 * expect only the finding a real state shows: Balasabhas below Kerala's minimum of 15 children.
 * Its self-help groups meet weekly and one in ten skipped a week, which a state's own weekly rule
 * (derived from `nrlm.selfHelpGroup`, which sets no national cadence) reports; see {@link SamplePreset}.
 *
 * @param preset - Which sample (see {@link SamplePreset}).
 * @param options - The seed, the size of `kerala-nhg` and `nro-assam`, and the meetings and federations
 *   of `kerala-nhg`.
 * @returns A new dataset that passes `parseDataset`.
 * @throws RangeError for an unknown preset, a size out of range, or `federations: true` for a preset
 *   other than `kerala-nhg`; TypeError for `federations` other than a boolean.
 *
 * @example
 * ```ts
 * import { validate } from "@kudumbashree/domain";
 * import { generateSample } from "@kudumbashree/domain/testing";
 *
 * const nro = generateSample("nro-balasabha-2020", { seed: 1 });
 * nro.groups.length;
 * //=> 4195
 *
 * const nhg = generateSample("kerala-nhg", { members: 2000, meetingWeeks: 4, federations: true });
 * nhg.federations?.map((federation) => `${federation.id}: ${federation.memberIds.length}`).slice(-3);
 * //=> ["ADS-THI-LB0001-W000010: 13", "ADS-THI-LB0001-W000011: 3", "CDS-THI-LB0001: 11"]
 * validate(nhg, { asOf: "2024-03-31" }).issues;
 * //=> []
 *
 * const assam = generateSample("nro-assam", { members: 2000 });
 * ["village", "localBody", "block"].map((kind) => assam.units.filter((unit) => unit.kind === kind).length);
 * //=> [20, 3, 1]
 * assam.federations?.map((federation) => `${federation.kind} ${federation.unitId}`).slice(-2);
 * //=> ["clusterLevelFederation AS-D01-B01", "clusterLevelFederation AS-D01-B01"]
 * [...new Set(validate(assam, { asOf: "2024-03-31" }).issues.map((issue) => issue.code))].sort();
 * //=> ["group.below_min_size"]
 * ```
 *
 * @public
 */
export function generateSample(preset: SamplePreset, options: GenerateSampleOptions = {}): Dataset {
  const random = new Random(options.seed ?? 1);
  const federations = federationsOption(preset, options.federations);
  switch (preset) {
    case "thiruvananthapuram-2021":
      return thiruvananthapuram(random);
    case "nro-balasabha-2020":
      return nroBalasabhas(random);
    case "kerala-nhg":
      return keralaNhg(random, options.members ?? 10_000, options.meetingWeeks ?? 0, options.seed ?? 1, federations);
    case "kerala-auxiliary-2021":
      return keralaAuxiliary(random);
    case "nro-assam":
      return nroAssamSample(random, options.members ?? NRO_ASSAM_MEMBERS.default);
    default:
      throw rangeError(`no sample preset "${String(preset)}"; the presets are ${samplePresets.join(", ")}`);
  }
}

/** Checks the `federations` option: a boolean, `true` only for `kerala-nhg`. */
function federationsOption(preset: SamplePreset, value: unknown): boolean {
  if (value === undefined || value === false) return false;
  if (value !== true) throw typeError(`federations must be true or false, got ${describeValue(value)}`);
  if (preset !== "kerala-nhg" && samplePresets.includes(preset))
    throw rangeError(
      `federations is for kerala-nhg: ${preset} ${preset === "nro-assam" ? "has federations of its own" : "has none"}`,
    );
  return true;
}

/** A date of birth such that the age is within [minAge, maxAge] on every day from `from` to `to`. */
function birthDate(random: Random, minAge: number, maxAge: number, from: string, to: string): string {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  // Youngest: minAge by `from`. Oldest: not yet maxAge + 1 on `to`.
  const latest = dayNumber({ year: fy - minAge, month: fm, day: Math.min(fd, 28) });
  const earliest = dayNumber({ year: ty - maxAge - 1, month: tm, day: Math.min(td, 28) }) + 1;
  return formatIsoDate(fromDayNumber(random.int(earliest, latest)));
}

/**
 * The day a woman joins a group formed on `formedOn`: that day, or her 18th birthday if she was
 * younger then (the rules judge her age on the day she joined).
 */
function joinedOn(formedOn: string, dateOfBirth: string): string {
  const adult = formatIsoDate(birthday(parseIsoDate(dateOfBirth) as CalendarDate, 18));
  return adult > formedOn ? adult : formedOn;
}

class Builder {
  readonly units: Unit[] = [];
  readonly people: Person[] = [];
  readonly groups: Group[] = [];
  readonly memberships: Membership[] = [];
  readonly meetings: Meeting[] = [];
  private personSeq = 0;

  person(
    random: Random,
    names: readonly string[],
    dateOfBirth: string,
    gender: Person["gender"],
    householdId?: string,
  ): string {
    const id = `P${String(++this.personSeq).padStart(8, "0")}`;
    const person: Person = { id, name: random.pick(names), dateOfBirth, gender };
    if (householdId !== undefined) person.householdId = householdId;
    this.people.push(person);
    return id;
  }

  join(groupId: string, personId: string, role: Role, from: string): void {
    this.memberships.push({ groupId, personId, role, from });
  }

  meet(
    random: Random,
    groupId: string,
    dates: readonly string[],
    members: readonly string[],
    topics: readonly string[],
  ): void {
    for (const date of dates) {
      this.meetings.push({
        id: `${groupId}-${date}`,
        groupId,
        date,
        attendeeIds: members.filter(() => random.next() < 0.8),
        topics: [random.pick(topics)],
      });
    }
  }

  dataset(): Dataset {
    return {
      schemaVersion: 1,
      units: this.units,
      people: this.people,
      groups: this.groups,
      memberships: this.memberships,
      meetings: this.meetings,
    };
  }
}

const TVM_BLOCKS = [
  "Parassala",
  "Perumkadavila",
  "Athiyannoor",
  "Nemom",
  "Pothencode",
  "Vellanad",
  "Nedumangad",
  "Vamanapuram",
  "Kilimanoor",
  "Chirayinkeezhu",
  "Varkala",
];
const TVM_MUNICIPALITIES: readonly [string, number][] = [
  ["Neyyattinkara", 44],
  ["Nedumangad", 39],
  ["Attingal", 31],
  ["Varkala", 33],
];

function thiruvananthapuram(random: Random): Dataset {
  const b = new Builder();
  b.units.push(
    { id: "IN", kind: "country", name: "India" },
    { id: "KL", kind: "state", name: "Kerala", parentId: "IN", lgdCode: "32" },
    { id: "KL-TVM", kind: "district", name: "Thiruvananthapuram", parentId: "KL", lgdCode: "601" },
  );
  const wards: string[] = [];
  const addWards = (localBodyId: string, count: number) => {
    for (let w = 1; w <= count; w++) {
      const id = `${localBodyId}-W${String(w).padStart(3, "0")}`;
      b.units.push({ id, kind: "ward", name: `Ward ${w}`, parentId: localBodyId });
      wards.push(id);
    }
  };
  b.units.push({
    id: "KL-TVM-CORP",
    kind: "localBody",
    name: "Thiruvananthapuram Corporation",
    parentId: "KL-TVM",
    localBodyType: "corporation",
  });
  addWards("KL-TVM-CORP", 100);
  for (const [name, count] of TVM_MUNICIPALITIES) {
    const id = `KL-TVM-M-${name.toUpperCase()}`;
    b.units.push({
      id,
      kind: "localBody",
      name: `${name} Municipality`,
      parentId: "KL-TVM",
      localBodyType: "municipality",
    });
    addWards(id, count);
  }
  // 73 grama panchayats in 11 blocks share the other 1,299 wards.
  const gpWards = partition(random, 1546 - 100 - 147, 73, 13, 23);
  gpWards.forEach((count, i) => {
    const block = TVM_BLOCKS[i % TVM_BLOCKS.length] as string;
    const blockId = `KL-TVM-B-${block.toUpperCase()}`;
    if (i < TVM_BLOCKS.length)
      b.units.push({ id: blockId, kind: "block", name: `${block} Block Panchayat`, parentId: "KL-TVM" });
    const id = `KL-TVM-GP${String(i + 1).padStart(2, "0")}`;
    b.units.push({
      id,
      kind: "localBody",
      name: `${block} grama panchayat ${Math.floor(i / TVM_BLOCKS.length) + 1}`,
      parentId: blockId,
      localBodyType: "gramaPanchayat",
    });
    addWards(id, count);
  });

  // Four wards had more than 50 women and a second group; the others one group each.
  const doubleWards = new Set([wards[7], wards[212], wards[640], wards[1333]]);
  const doubleSizes = [
    [50, 12],
    [50, 23],
    [50, 31],
    [50, 44],
  ] as const;
  const singles = partition(random, 25_823 - doubleSizes.flat().reduce((a, c) => a + c, 0), 1546 - 4, 3, 50);
  const meetingDates = ["2021-10-09", "2021-10-23", "2021-11-06", "2021-11-20"];
  const topics = ["introductions", "livelihood opportunities", "health", "skills training", "gender issues", "savings"];
  let single = 0;
  let double = 0;
  let household = 0;
  for (const wardId of wards) {
    const sizes = doubleWards.has(wardId)
      ? (doubleSizes[double++] as readonly number[])
      : [singles[single++] as number];
    sizes.forEach((size, g) => {
      const groupId = `AUX-${wardId.slice(3)}-${g + 1}`;
      b.groups.push({
        id: groupId,
        kind: "auxiliaryGroup",
        name: `Auxiliary group ${g + 1}, ${wardId.slice(3)}`,
        unitId: wardId,
        formedOn: "2021-10-02",
      });
      const members: string[] = [];
      for (let m = 0; m < size; m++) {
        if (m === 0 || random.next() < 0.85) household++;
        const dateOfBirth = birthDate(random, 18, 40, "2021-11-06", "2021-12-31");
        const personId = b.person(random, WOMEN, dateOfBirth, "female", `H${String(household).padStart(7, "0")}`);
        b.join(groupId, personId, "member", joinedOn("2021-10-02", dateOfBirth));
        members.push(personId);
      }
      b.meet(random, groupId, meetingDates, members, topics);
    });
  }
  return b.dataset();
}

const NRO_STATES: readonly [code: string, name: string, balasabhas: number, children: number, blocks: number][] = [
  ["TR", "Tripura", 125, 1529, 2],
  ["AS", "Assam", 1150, 17_250, 6],
  ["JH", "Jharkhand", 2900, 41_290, 12],
  ["MN", "Manipur", 20, 300, 1],
];

function nroBalasabhas(random: Random): Dataset {
  const b = new Builder();
  b.units.push({ id: "IN", kind: "country", name: "India" });
  const months = ["2020-02-15", "2020-03-14", "2020-04-18", "2020-05-16", "2020-06-13", "2020-07-11"];
  const topics = ["school attendance", "child rights", "games", "science club", "environment", "stories"];
  for (const [code, name, balasabhas, children, blocks] of NRO_STATES) {
    b.units.push({ id: code, kind: "state", name, parentId: "IN" });
    const sizes = partition(random, children, balasabhas, 8, 25);
    const perVillage = 3;
    sizes.forEach((size, i) => {
      const blockId = `${code}-B${(i % blocks) + 1}`;
      if (i < blocks)
        b.units.push({ id: blockId, kind: "block", name: `${name} block ${(i % blocks) + 1}`, parentId: code });
      const villageId = `${blockId}-V${String(Math.floor(i / (blocks * perVillage)) + 1).padStart(4, "0")}`;
      if (Math.floor(i / blocks) % perVillage === 0)
        b.units.push({
          id: villageId,
          kind: "village",
          name: `Village ${villageId.slice(villageId.lastIndexOf("V") + 1)}`,
          parentId: blockId,
        });
      const groupId = `BS-${code}-${String(i + 1).padStart(4, "0")}`;
      b.groups.push({
        id: groupId,
        kind: "balasabha",
        name: `Balasabha ${i + 1}`,
        unitId: villageId,
        formedOn: "2020-02-01",
      });
      const members: string[] = [];
      for (let c = 0; c < size; c++) {
        const gender = c === 0 || random.next() < 0.5 ? "female" : "male";
        const personId = b.person(random, CHILDREN, birthDate(random, 6, 17, "2020-08-14", "2020-08-14"), gender);
        b.join(groupId, personId, c === 0 ? "leader" : c === 1 ? "deputyLeader" : "member", "2020-02-01");
        members.push(personId);
      }
      const resourcePerson = b.person(random, WOMEN, birthDate(random, 25, 50, "2020-08-14", "2020-08-14"), "female");
      b.join(groupId, resourcePerson, "resourcePerson", "2020-02-01");
      b.meet(random, groupId, months, members, topics);
    });
  }
  return b.dataset();
}

const KERALA_DISTRICTS = [
  "Thiruvananthapuram",
  "Kollam",
  "Pathanamthitta",
  "Alappuzha",
  "Kottayam",
  "Idukki",
  "Ernakulam",
  "Thrissur",
  "Palakkad",
  "Malappuram",
  "Kozhikode",
  "Wayanad",
  "Kannur",
  "Kasaragod",
];

/** A record of a state-scale sample, in the order the generator makes them. */
type SampleRecord =
  | { readonly type: "group"; readonly group: Group }
  | { readonly type: "person"; readonly person: Person }
  | { readonly type: "membership"; readonly membership: Membership }
  | { readonly type: "meeting"; readonly meeting: Meeting }
  | { readonly type: "federation"; readonly federation: Federation };

interface NetworkSpec {
  readonly kind: "neighbourhoodGroup" | "auxiliaryGroup";
  readonly prefix: string;
  /** Members of each group, in order. */
  readonly sizes: readonly number[];
  /** For each group, whether it opens a new ward (false: it is the ward's second group). */
  readonly newWard: (group: number) => boolean;
  readonly formedOn: string;
  readonly ages: readonly [min: number, max: number, from: string, to: string];
  readonly role: (position: number) => Role;
  readonly household: (groupId: string, position: number, random: Random) => string | undefined;
  readonly meetingDates: (group: number) => readonly string[];
  /**
   * Whether meetings record attendance: drawn from the sample's own generator (`true`), or from a
   * second generator of this seed (`{ seed }`), so that the people do not change with the meetings.
   */
  readonly attendance: boolean | { readonly seed: number };
  /** The days the network's ADSs and CDSs were formed; none when it has no federations. */
  readonly federations?: { readonly adsFormedOn: string; readonly cdsFormedOn: string } | undefined;
}

/** The id of a network's group (its place in the network from 0). */
function networkGroupId(spec: NetworkSpec, group: number): string {
  return `${spec.prefix}${String(group + 1).padStart(7, "0")}`;
}

/** The units of a state-scale network: Kerala's 14 districts, grama panchayats of 18 wards, and the wards. */
function networkUnits(spec: NetworkSpec): { units: Unit[]; wardOfGroup: string[] } {
  const units: Unit[] = [
    { id: "IN", kind: "country", name: "India" },
    { id: "KL", kind: "state", name: "Kerala", parentId: "IN" },
  ];
  const wardsPerLocalBody = 18;
  const wardOfGroup: string[] = [];
  let wardId = "";
  let localBodyId = "";
  let wards = 0;
  for (let i = 0; i < spec.sizes.length; i++) {
    if (i === 0 || spec.newWard(i)) {
      if (wards % wardsPerLocalBody === 0) {
        const localBodies = wards / wardsPerLocalBody;
        const district = KERALA_DISTRICTS[localBodies % KERALA_DISTRICTS.length] as string;
        const districtId = `KL-${district.slice(0, 3).toUpperCase()}`;
        if (localBodies < KERALA_DISTRICTS.length)
          units.push({ id: districtId, kind: "district", name: district, parentId: "KL" });
        localBodyId = `${districtId}-LB${String(localBodies + 1).padStart(4, "0")}`;
        units.push({
          id: localBodyId,
          kind: "localBody",
          name: `${district} grama panchayat ${localBodies + 1}`,
          parentId: districtId,
          localBodyType: "gramaPanchayat",
        });
      }
      wards++;
      wardId = `${localBodyId}-W${String(wards).padStart(6, "0")}`;
      units.push({ id: wardId, kind: "ward", name: `Ward ${wards}`, parentId: localBodyId });
    }
    wardOfGroup.push(wardId);
  }
  return { units, wardOfGroup };
}

/**
 * The federations of a network, made after its groups from the groups' wards: an ADS in each ward
 * of 2 NHGs or more federating them, a ward with one NHG federated by a neighbouring ward's ADS in
 * its local body (the ward before, else the ward after; none in a local body of one NHG); a CDS in
 * each local body with an ADS, federating its ADSs, after them. Holds a few numbers a ward and one
 * CDS's ADS ids: nothing per member.
 */
function* networkFederations(
  spec: NetworkSpec,
  units: readonly Unit[],
  wardOfGroup: readonly string[],
): Generator<Federation> {
  const dates = spec.federations;
  if (dates === undefined) return;
  const unitOf = new Map<string, Unit>();
  for (const unit of units) if (unit.kind === "ward" || unit.kind === "localBody") unitOf.set(unit.id, unit);
  // Each ward's first group (the groups of a ward are consecutive), then the end.
  const starts: number[] = [];
  for (let i = 0; i < wardOfGroup.length; i++) if (i === 0 || wardOfGroup[i] !== wardOfGroup[i - 1]) starts.push(i);
  starts.push(wardOfGroup.length);
  const wards = starts.length - 1;
  const wardAt = (w: number) => unitOf.get(wardOfGroup[starts[w] as number] as string) as Unit;
  const localBodyAt = (w: number) => wardAt(w).parentId as string;
  const isHome = (w: number) => (starts[w + 1] as number) - (starts[w] as number) >= 2;
  // The ward whose ADS federates each ward's NHGs: its own, a neighbour's in its local body, or none (-1).
  const owner = new Int32Array(wards).fill(-1);
  for (let w = 0; w < wards; w++) {
    if (isHome(w)) owner[w] = w;
    else if (w > 0 && localBodyAt(w - 1) === localBodyAt(w)) owner[w] = owner[w - 1] as number;
  }
  for (let w = wards - 2; w >= 0; w--)
    if (owner[w] === -1 && localBodyAt(w + 1) === localBodyAt(w)) owner[w] = owner[w + 1] as number;
  let cds: (Federation & { memberIds: string[] }) | undefined;
  for (let home = 0; home < wards; home++) {
    if (owner[home] !== home) continue;
    let first = home;
    while (first > 0 && owner[first - 1] === home) first--;
    let last = home;
    while (last + 1 < wards && owner[last + 1] === home) last++;
    const memberIds: string[] = [];
    for (let i = starts[first] as number; i < (starts[last + 1] as number); i++)
      memberIds.push(networkGroupId(spec, i));
    const ward = wardAt(home);
    const localBody = unitOf.get(ward.parentId as string) as Unit;
    if (cds !== undefined && cds.unitId !== localBody.id) {
      yield cds;
      cds = undefined;
    }
    const ads: Federation = {
      id: `ADS-${ward.id.slice(3)}`,
      kind: "areaDevelopmentSociety",
      unitId: ward.id,
      name: `${ward.name} ADS`,
      formedOn: dates.adsFormedOn,
      memberIds,
    };
    yield ads;
    cds ??= {
      id: `CDS-${localBody.id.slice(3)}`,
      kind: "communityDevelopmentSociety",
      unitId: localBody.id,
      name: `${localBody.name} CDS`,
      formedOn: dates.cdsFormedOn,
      memberIds: [],
    };
    cds.memberIds.push(ads.id);
  }
  if (cds !== undefined) yield cds;
}

/** The groups, people, memberships and meetings of a network, one group at a time, then its federations. */
function* networkRecords(
  random: Random,
  spec: NetworkSpec,
  units: readonly Unit[],
  wardOfGroup: readonly string[],
): Generator<SampleRecord> {
  let personSeq = 0;
  const [minAge, maxAge, from, to] = spec.ages;
  const attendance =
    typeof spec.attendance === "object" ? new Random(spec.attendance.seed) : spec.attendance ? random : undefined;
  for (let i = 0; i < spec.sizes.length; i++) {
    const groupId = networkGroupId(spec, i);
    yield {
      type: "group",
      group: { id: groupId, kind: spec.kind, unitId: wardOfGroup[i] as string, formedOn: spec.formedOn },
    };
    const size = spec.sizes[i] as number;
    const ids: string[] = [];
    const joinedOns: string[] = [];
    for (let m = 0; m < size; m++) {
      const id = `P${String(++personSeq).padStart(8, "0")}`;
      const person: Person = {
        id,
        name: random.pick(WOMEN),
        dateOfBirth: birthDate(random, minAge, maxAge, from, to),
        gender: "female",
      };
      const householdId = spec.household(groupId, m, random);
      if (householdId !== undefined) person.householdId = householdId;
      yield { type: "person", person };
      const joined = joinedOn(spec.formedOn, person.dateOfBirth as string);
      yield { type: "membership", membership: { groupId, personId: id, role: spec.role(m), from: joined } };
      ids.push(id);
      joinedOns.push(joined);
    }
    for (const date of spec.meetingDates(i)) {
      const meeting: Meeting = { id: `${groupId}-${date}`, groupId, date };
      // Only members who had joined by the day (every one, but in long records of young women).
      if (attendance !== undefined)
        meeting.attendeeIds = ids.filter((_, k) => (joinedOns[k] as string) <= date && attendance.next() < 0.8);
      yield { type: "meeting", meeting };
    }
  }
  for (const federation of networkFederations(spec, units, wardOfGroup)) yield { type: "federation", federation };
}

function checkedCount(value: number, min: number, max: number, name: string): number {
  return requireWholeNumber(value, name, min, max);
}

/** The most weeks of meetings `kerala-nhg` records: ten years. @internal */
export const MAX_MEETING_WEEKS = 520;

/** A second seed from a sample's seed, for what must not change the sample's other records. */
function secondSeed(seed: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
}

function keralaNhgSpec(
  random: Random,
  members: number,
  meetingWeeks: number,
  seed: number,
  federations: boolean,
): NetworkSpec {
  checkedCount(members, 10, 4_500_000, "members (kerala-nhg)");
  checkedCount(meetingWeeks, 0, MAX_MEETING_WEEKS, "meetingWeeks");
  // About 15 a group, but never more than 20 (21 or 22 women make 2 groups, not 1).
  const groupCount = Math.max(Math.ceil(members / 20), Math.round(members / 15));
  const asOf = dayNumber({ year: 2024, month: 3, day: 31 });
  const firstMeeting = asOf - 7 * meetingWeeks;
  // Formed in January 2019, or by the first meeting of a longer record.
  const formedDay = Math.min(dayNumber({ year: 2019, month: 1, day: 7 }), firstMeeting);
  const formedOn = formatIsoDate(fromDayNumber(formedDay));
  return {
    kind: "neighbourhoodGroup",
    prefix: "NHG",
    sizes: partition(random, members, groupCount, Math.min(10, Math.floor(members / groupCount)), 20),
    newWard: (i) => i % 13 === 0,
    formedOn,
    ages: [20, 70, "2024-03-31", "2024-03-31"],
    role: (m) => (m === 0 ? "president" : m === 1 ? "secretary" : m < 5 ? "volunteer" : "member"),
    household: (groupId, m) => `H${groupId}-${m}`,
    meetingDates: (i) => {
      const dates: string[] = [];
      for (let day = firstMeeting + (((i % 7) - (firstMeeting % 7) + 7) % 7); day < asOf; day += 7)
        dates.push(formatIsoDate(fromDayNumber(day)));
      return dates;
    },
    attendance: meetingWeeks > 0 ? { seed: secondSeed(seed) } : false,
    // Each tier formed 4 weeks after the tier it federates (the NHGs are all formed on one day).
    federations: federations
      ? {
          adsFormedOn: formatIsoDate(fromDayNumber(formedDay + 28)),
          cdsFormedOn: formatIsoDate(fromDayNumber(formedDay + 56)),
        }
      : undefined,
  };
}

const AUXILIARY_MEETINGS: readonly string[] = Array.from({ length: 12 }, (_, k) => {
  const month = ((9 + k) % 12) + 1;
  const year = k < 3 ? 2021 : 2022;
  return [`${year}-${String(month).padStart(2, "0")}-09`, `${year}-${String(month).padStart(2, "0")}-23`];
}).flat();

/** Kerala's auxiliary groups on 18 Nov 2021 (19,521 groups, 3,00,531 members), meeting twice a month for a year. */
function keralaAuxiliarySpec(random: Random): NetworkSpec {
  const groups = 19_521;
  const members = 300_531;
  const secondGroups = 121; // wards where more than 50 women came forward
  const firstOfPair = new Set(
    Array.from({ length: secondGroups }, (_, k) => Math.floor(((k + 0.5) * groups) / secondGroups)),
  );
  const singles = partition(random, members - secondGroups * (50 + 20), groups - 2 * secondGroups, 5, 50);
  const sizes: number[] = [];
  const second = new Set<number>();
  let s = 0;
  while (sizes.length < groups) {
    if (firstOfPair.has(sizes.length) && sizes.length + 1 < groups) {
      sizes.push(50, 20);
      second.add(sizes.length - 1);
    } else sizes.push(singles[s++] ?? 15);
  }
  return {
    kind: "auxiliaryGroup",
    prefix: "AUX",
    sizes,
    newWard: (i) => !second.has(i),
    formedOn: "2021-10-02",
    ages: [18, 40, "2021-10-02", "2022-12-31"],
    role: () => "member",
    household: (_, m, r) => (m === 0 || r.next() < 0.85 ? `H${r.int(1, 9_999_999)}` : undefined),
    meetingDates: () => AUXILIARY_MEETINGS,
    attendance: true,
  };
}

/** A table of a dataset (a key of it holding records). */
type SampleCollection = keyof Omit<Dataset, "schemaVersion">;

/**
 * A record of a sample with the table it belongs to.
 *
 * @internal
 */
export interface SampleRow {
  readonly collection: SampleCollection;
  readonly record: NonNullable<Dataset[SampleCollection]>[number];
}

/** The records of a network, one group at a time, each with its table (the units apart). */
function* networkRows(
  random: Random,
  spec: NetworkSpec,
  units: readonly Unit[],
  wardOfGroup: readonly string[],
): Generator<SampleRow> {
  for (const record of networkRecords(random, spec, units, wardOfGroup)) {
    if (record.type === "group") yield { collection: "groups", record: record.group };
    else if (record.type === "person") yield { collection: "people", record: record.person };
    else if (record.type === "membership") yield { collection: "memberships", record: record.membership };
    else if (record.type === "meeting") yield { collection: "meetings", record: record.meeting };
    else yield { collection: "federations", record: record.federation };
  }
}

function collect(spec: NetworkSpec, random: Random): Dataset {
  const { units, wardOfGroup } = networkUnits(spec);
  // `federations` only when asked for, so that the samples without them stay as they were.
  const dataset: Dataset =
    spec.federations === undefined
      ? { schemaVersion: 1, units, people: [], groups: [], memberships: [], meetings: [] }
      : { schemaVersion: 1, units, people: [], groups: [], federations: [], memberships: [], meetings: [] };
  const tables = dataset as unknown as Record<SampleCollection, unknown[]>;
  for (const row of networkRows(random, spec, units, wardOfGroup)) tables[row.collection].push(row.record);
  return dataset;
}

/**
 * The records {@link generateSample} gives for a preset and options, each with its table, in the
 * order of each table: for `kerala-nhg` and `kerala-auxiliary-2021` made as they are taken (the
 * units, then each group with its people, memberships and meetings, then the federations), so that a writer holds no
 * member in memory; for the other presets, whose size is bounded, read from the dataset. The
 * preset and options are checked (and the dataset of a bounded preset made) before it returns.
 *
 * @param preset - Which sample.
 * @param options - As for {@link generateSample}.
 * @returns The records, lazily for the state-scale presets; iterate it once.
 * @throws RangeError as {@link generateSample} does.
 *
 * @internal
 */
export function sampleRecords(preset: SamplePreset, options: GenerateSampleOptions = {}): Iterable<SampleRow> {
  if (preset === "kerala-nhg" || preset === "kerala-auxiliary-2021") {
    const random = new Random(options.seed ?? 1);
    const spec = networkSpec(preset, random, options);
    const { units, wardOfGroup } = networkUnits(spec);
    return (function* () {
      for (const unit of units) yield { collection: "units", record: unit } satisfies SampleRow;
      yield* networkRows(random, spec, units, wardOfGroup);
    })();
  }
  const dataset = generateSample(preset, options);
  return (function* () {
    for (const [collection, records] of Object.entries(dataset))
      if (Array.isArray(records))
        for (const record of records) yield { collection: collection as SampleCollection, record } as SampleRow;
  })();
}

/** The spec of a state-scale preset, its options checked. */
function networkSpec(
  preset: "kerala-nhg" | "kerala-auxiliary-2021",
  random: Random,
  options: GenerateSampleOptions,
): NetworkSpec {
  const federations = federationsOption(preset, options.federations);
  return preset === "kerala-nhg"
    ? keralaNhgSpec(random, options.members ?? 10_000, options.meetingWeeks ?? 0, options.seed ?? 1, federations)
    : keralaAuxiliarySpec(random);
}

function keralaNhg(random: Random, members: number, meetingWeeks: number, seed: number, federations: boolean): Dataset {
  return collect(keralaNhgSpec(random, members, meetingWeeks, seed, federations), random);
}

function keralaAuxiliary(random: Random): Dataset {
  return collect(keralaAuxiliarySpec(random), random);
}

/**
 * The `kerala-nhg` and `kerala-auxiliary-2021` samples as a stream for `summarizeStream`:
 * the units, then the groups, memberships (with each member's date of birth) and meetings, made
 * one group at a time, then the federations (`kerala-nhg` with `federations`), so that a benchmark
 * or a test of a streaming reader holds no member in memory. The records are those
 * {@link generateSample} gives for the same preset and options.
 *
 * @param preset - `kerala-nhg` or `kerala-auxiliary-2021`.
 * @param options - As for {@link generateSample}.
 * @returns The units and a lazy iterable of records.
 *
 * @example
 * ```ts
 * import { summarizeStream } from "@kudumbashree/domain";
 * import { sampleStream } from "@kudumbashree/domain/testing";
 *
 * const { units, records } = sampleStream("kerala-nhg", { members: 3000 });
 * const summary = await summarizeStream(units, records, { level: "state", asOf: "2024-03-31" });
 * summary.total.members;
 * //=> 3000
 * ```
 *
 * @public
 */
export function sampleStream(
  preset: "kerala-nhg" | "kerala-auxiliary-2021",
  options: GenerateSampleOptions = {},
): { readonly units: readonly Unit[]; readonly records: Iterable<SummaryStreamRecord> } {
  const random = new Random(options.seed ?? 1);
  const spec = networkSpec(preset, random, options);
  const { units, wardOfGroup } = networkUnits(spec);
  const start = random.clone();
  return {
    units,
    records: {
      *[Symbol.iterator]() {
        let dateOfBirth: string | undefined;
        for (const record of networkRecords(start.clone(), spec, units, wardOfGroup)) {
          if (record.type === "person") dateOfBirth = record.person.dateOfBirth;
          else if (record.type === "membership")
            yield { type: "membership", membership: record.membership, dateOfBirth };
          else yield record;
        }
      },
    },
  };
}
