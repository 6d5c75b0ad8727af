// The `nro-assam` sample: a village-based NRO partner state, organised as DAY-NRLM organises rural
// Assam (revenue villages under gaon panchayats under development blocks), not by urban ward.
import type { Dataset } from "../entities/Dataset.js";
import type { Federation } from "../entities/Federation.js";
import type { Group } from "../entities/Group.js";
import type { Meeting } from "../entities/Meeting.js";
import type { Membership, Role } from "../entities/Membership.js";
import type { Person } from "../entities/Person.js";
import type { Unit } from "../entities/Unit.js";
import { addMonths, dayNumber, formatIsoDate, fromDayNumber, parseIsoDate, weekIndex } from "../internal/calendar.js";
import { requireWholeNumber } from "../internal/guards.js";
import { partition, type Random } from "../internal/random.js";
import { keralaBalasabhaCurrent } from "../rules/registry/catalog/keralaBalasabha.js";

/** The day the sample describes: the end of Assam's financial year 2023-24. */
const NRO_ASSAM_AS_OF = "2024-03-31";
/** The first day of the meeting records: a year of meetings up to the as-of day. */
const NRO_ASSAM_RECORDS_FROM = "2023-04-01";
/** Bounds and default of the `members` option: the women in self-help groups. @internal */
export const NRO_ASSAM_MEMBERS = Object.freeze({ min: 200, max: 200_000, default: 10_000 });

/** Districts of Assam (the rural ones), in the order the sample takes them. */
const DISTRICTS = [
  "Barpeta",
  "Nalbari",
  "Kamrup",
  "Goalpara",
  "Dhubri",
  "Morigaon",
  "Nagaon",
  "Sonitpur",
  "Lakhimpur",
  "Dhemaji",
  "Jorhat",
  "Sivasagar",
  "Dibrugarh",
  "Tinsukia",
  "Golaghat",
  "Karbi Anglong",
  "Dima Hasao",
  "Cachar",
  "Karimganj",
  "Hailakandi",
  "Bongaigaon",
  "Kokrajhar",
  "Chirang",
  "Baksa",
  "Udalguri",
  "Darrang",
  "Biswanath",
  "Charaideo",
  "Hojai",
  "Majuli",
  "South Salmara-Mankachar",
  "West Karbi Anglong",
  "Tamulpur",
  "Bajali",
];

/** Place names for blocks, gaon panchayats and villages: illustrative, not a gazetteer. */
const PLACES = [
  "Bhogpur",
  "Rangamati",
  "Baghmara",
  "Kalitapara",
  "Sonapur",
  "Dighali",
  "Bamunbari",
  "Hatigaon",
  "Kathalbari",
  "Borbari",
  "Majgaon",
  "Rampur",
  "Kharupetia",
  "Dhekiajuli",
  "Gohpur",
  "Bihpuria",
  "Boginadi",
  "Dhakuakhana",
  "Sipajhar",
  "Pathsala",
  "Sarthebari",
  "Howly",
  "Sorbhog",
  "Chapaguri",
  "Kalgachia",
  "Baghbar",
  "Mandia",
  "Jania",
  "Chenga",
  "Rupahi",
  "Dhing",
  "Batadrava",
  "Juria",
  "Kaliabor",
  "Samaguri",
  "Lahorighat",
  "Mayong",
  "Bhurbandha",
  "Hajo",
  "Sualkuchi",
  "Rangia",
  "Boko",
  "Chaygaon",
  "Dudhnoi",
  "Matia",
  "Lakhipur",
  "Balijana",
  "Nagrijuli",
  "Goreswar",
  "Barama",
  "Kalain",
  "Katigorah",
  "Borkhola",
  "Udharbond",
  "Titabor",
  "Dergaon",
  "Moran",
  "Sonari",
  "Sapekhati",
  "Naharkatia",
  "Tingkhong",
  "Lahowal",
  "Khowang",
];

const WOMEN = [
  "Anjali",
  "Bina",
  "Dipali",
  "Gitanjali",
  "Jonali",
  "Kalpana",
  "Mamoni",
  "Nirmala",
  "Pranati",
  "Rumi",
  "Junmoni",
  "Pallabi",
  "Rupali",
  "Bornali",
  "Minakshi",
  "Nilima",
  "Hemlata",
  "Jyotimala",
  "Purabi",
  "Ranjita",
  "Sabita",
  "Tarulata",
  "Anowara",
  "Rashida",
  "Nazma",
  "Sahida",
  "Jahanara",
  "Mridula",
  "Kakoli",
  "Parbati",
  "Sumitra",
  "Lakhi",
  "Dulumoni",
  "Rinku",
  "Bineswari",
  "Anima",
  "Protima",
  "Runumi",
  "Monjula",
  "Swapna",
];
const GIRLS = [
  "Priyanka",
  "Nayanmoni",
  "Himashree",
  "Dipshikha",
  "Kangkana",
  "Sneha",
  "Puja",
  "Rina",
  "Mousumi",
  "Barasha",
  "Jahnabi",
  "Trishna",
  "Ankita",
  "Sultana",
  "Rupjyoti",
];
const BOYS = [
  "Bishal",
  "Pranjal",
  "Dhruba",
  "Manash",
  "Bikash",
  "Jintu",
  "Anjan",
  "Bitupan",
  "Rahul",
  "Abhijit",
  "Tridip",
  "Hiranya",
  "Rakibul",
  "Nayan",
  "Kaushik",
];
const SHG_NAMES = [
  "Jonaki",
  "Pragati",
  "Ujala",
  "Milan",
  "Ai Lakshmi",
  "Jyoti",
  "Xewali",
  "Kopou",
  "Bhagyalakshmi",
  "Ekota",
  "Unnati",
  "Nahor",
  "Bakul",
  "Aradhana",
  "Mukta",
  "Prerona",
  "Sristi",
  "Sonali",
  "Joymoti",
  "Tora",
];
const SHG_TOPICS = [
  "savings",
  "internal lending",
  "loan repayment",
  "books of accounts",
  "revolving fund",
  "bank linkage",
  "livelihood plan",
  "health and nutrition",
];
const BALASABHA_TOPICS = ["school attendance", "child rights", "games", "science club", "environment", "stories"];

const AS_OF_DAY = day(NRO_ASSAM_AS_OF);
const RECORDS_FROM_DAY = day(NRO_ASSAM_RECORDS_FROM);

function day(date: string): number {
  return dayNumber(parseIsoDate(date) as NonNullable<ReturnType<typeof parseIsoDate>>);
}

function iso(dayNo: number): string {
  return formatIsoDate(fromDayNumber(dayNo));
}

/**
 * A day from `from` to `to` (day numbers) whose day of the month is at most 28, so that "six
 * months later" (see addMonths) is never clamped and whole months are counted the same way by
 * every reading.
 */
function formationDay(random: Random, from: number, to: number): number {
  const date = fromDayNumber(random.int(from, to));
  return date.day <= 28 ? dayNumber(date) : dayNumber({ ...date, day: 28 });
}

/** The day `months` calendar months after a day number. */
function monthsLater(dayNo: number, months: number): number {
  return dayNumber(addMonths(fromDayNumber(dayNo), months));
}

/** A date of birth making the age (completed years) at least `minAge` on `from` and at most `maxAge` on `to`. */
function birthWithin(random: Random, minAge: number, maxAge: number, from: number, to: number): string {
  const latest = monthsLater(from, -12 * minAge);
  const earliest = monthsLater(to, -12 * (maxAge + 1)) + 1;
  return iso(random.int(earliest, latest));
}

interface Village {
  readonly unit: Unit;
  readonly blockIndex: number;
  /** The women of the village's SHGs, in the order they joined; `closed` when their group closed. */
  readonly women: { readonly id: string; readonly household: string; readonly closed: boolean }[];
  readonly shgs: Group[];
  vo?: Federation;
}

/** How many of each thing, by level: `count` parts of `total`, each from `min` to `max`. */
function split(random: Random, total: number, perPart: number, min: number, max: number, most = Infinity): number[] {
  const count = Math.min(most, Math.max(1, Math.round(total / perPart)));
  return partition(random, total, count, min, Math.max(max, Math.ceil(total / count)));
}

/**
 * The `nro-assam` sample (see `SamplePreset`): `members` women in DAY-NRLM self-help groups over
 * revenue villages of Assam, with Balasabhas, Village Organisations and Cluster Level Federations.
 *
 * @internal
 */
export function nroAssamSample(random: Random, members: number): Dataset {
  requireWholeNumber(members, "members (nro-assam)", NRO_ASSAM_MEMBERS.min, NRO_ASSAM_MEMBERS.max);
  const people: Person[] = [];
  const groups: Group[] = [];
  const memberships: Membership[] = [];
  const meetings: Meeting[] = [];
  const federations: Federation[] = [];
  let personSeq = 0;
  const person = (names: readonly string[], dateOfBirth: string, gender: Person["gender"], household: string) => {
    const id = `P${String(++personSeq).padStart(8, "0")}`;
    people.push({ id, name: random.pick(names), dateOfBirth, gender, householdId: household });
    return id;
  };

  // Self-help group sizes: 10 to 20 women, and a couple of special groups of 5 to 9.
  const specialSizes = Array.from({ length: Math.max(2, Math.round(members / 5000)) }, () => random.int(5, 9));
  const regularTotal = members - specialSizes.reduce((a, b) => a + b, 0);
  const sizes: { size: number; special: boolean }[] = partition(
    random,
    regularTotal,
    Math.max(1, Math.round(regularTotal / 14.5)),
    10,
    20,
  ).map((size) => ({ size, special: false }));
  for (const size of specialSizes) sizes.splice(random.int(0, sizes.length), 0, { size, special: true });

  // The unit tree, bottom up: about 7 SHGs a village, 7 villages a gaon panchayat, 5 panchayats a
  // block, 2 blocks a district.
  const shgsPerVillage = split(random, sizes.length, 7, 2, 14);
  const villagesPerGp = split(random, shgsPerVillage.length, 7, 1, 14);
  const gpsPerBlock = split(random, villagesPerGp.length, 5, 1, 10);
  const blocksPerDistrict = split(random, gpsPerBlock.length, 2, 1, 4, DISTRICTS.length);
  const units: Unit[] = [
    { id: "IN", kind: "country", name: "India" },
    { id: "AS", kind: "state", name: "Assam", parentId: "IN", lgdCode: "18" },
  ];
  const villages: Village[] = [];
  const blocks: { id: string; name: string }[] = [];
  let block = 0;
  let gp = 0;
  blocksPerDistrict.forEach((count, d) => {
    const districtId = `AS-D${String(d + 1).padStart(2, "0")}`;
    units.push({ id: districtId, kind: "district", name: DISTRICTS[d] as string, parentId: "AS" });
    for (let b = 1; b <= count; b++, block++) {
      const blockId = `${districtId}-B${String(b).padStart(2, "0")}`;
      const blockName = random.pick(PLACES);
      blocks.push({ id: blockId, name: blockName });
      units.push({ id: blockId, kind: "block", name: `${blockName} Development Block`, parentId: districtId });
      for (let g = 1; g <= (gpsPerBlock[block] as number); g++, gp++) {
        const gpId = `${blockId}-GP${String(g).padStart(2, "0")}`;
        const gpName = random.pick(PLACES);
        units.push({
          id: gpId,
          kind: "localBody",
          name: `${gpName} Gaon Panchayat`,
          parentId: blockId,
          localBodyType: "gramaPanchayat",
        });
        const seen = new Map<string, number>();
        for (let v = 1; v <= (villagesPerGp[gp] as number); v++) {
          const place = v === 1 ? gpName : random.pick(PLACES);
          const nth = (seen.get(place) ?? 0) + 1;
          seen.set(place, nth);
          const unit: Unit = {
            id: `${gpId}-V${String(v).padStart(2, "0")}`,
            kind: "village",
            name: nth === 1 ? place : `No. ${nth} ${place}`,
            parentId: gpId,
          };
          units.push(unit);
          villages.push({ unit, blockIndex: block, women: [], shgs: [] });
        }
      }
    }
  });

  // Self-help groups, village by village, in the order they were formed.
  let next = 0;
  villages.forEach((village, v) => {
    const start = formationDay(random, day("2013-01-01"), day("2021-12-31"));
    const count = shgsPerVillage[v] as number;
    const formed = Array.from({ length: count }, (_, j) =>
      j === 0 ? formationDay(random, start, start + 90) : formationDay(random, start, day("2024-03-15")),
    ).sort((a, b) => a - b);
    let household = 0;
    formed.forEach((formedDay, j) => {
      const { size, special } = sizes[next++] as { size: number; special: boolean };
      const groupId = `${village.unit.id}-SHG${String(j + 1).padStart(2, "0")}`;
      // The first group of a village never closes, so that every village keeps an active SHG.
      const closes = j > 0 && formedDay < day("2022-01-01") && random.next() < 0.04;
      const closedDay = closes ? formationDay(random, formedDay + 365, AS_OF_DAY - 14) : undefined;
      const group: Group = {
        id: groupId,
        kind: "selfHelpGroup",
        name: `${random.pick(SHG_NAMES)} SHG`,
        unitId: village.unit.id,
        formedOn: iso(formedDay),
      };
      if (closedDay !== undefined) group.closedOn = iso(closedDay);
      if (special) group.special = true;
      groups.push(group);
      village.shgs.push(group);
      const ids: string[] = [];
      const earlier = village.women.slice();
      const households = new Set<string>();
      for (let m = 0; m < size; m++) {
        // One woman a household in a group; now and then a woman of a household already in an earlier group.
        const other = earlier.length > 0 && random.next() < 0.1 ? random.pick(earlier).household : undefined;
        const householdId =
          other !== undefined && !households.has(other)
            ? other
            : `${village.unit.id}-H${String(++household).padStart(3, "0")}`;
        households.add(householdId);
        const id = person(WOMEN, birthWithin(random, 18, 59, formedDay, AS_OF_DAY), "female", householdId);
        const role: Role = m === 0 ? "president" : m === 1 ? "secretary" : "member";
        const membership: Membership = { groupId, personId: id, role, from: group.formedOn as string };
        if (closedDay !== undefined) membership.to = iso(closedDay - 1);
        memberships.push(membership);
        village.women.push({ id, household: householdId, closed: closedDay !== undefined });
        ids.push(id);
      }
      shgMeetings(random, group, formedDay, closedDay ?? AS_OF_DAY, ids, meetings);
    });
  });

  // Balasabhas in about half the villages, 15 children each on average (Assam, Aug 2020: 17,250 in 1,150).
  const withBalasabha = villages.filter(() => random.next() < 0.5);
  if (withBalasabha.length === 0) withBalasabha.push(villages[villages.length - 1] as Village);
  const childCounts = partition(random, 15 * withBalasabha.length, withBalasabha.length, 8, 25);
  const band = keralaBalasabhaCurrent.ageBand;
  withBalasabha.forEach((village, b) => {
    const formedDay = formationDay(random, day("2017-06-01"), day("2023-12-31"));
    const groupId = `${village.unit.id}-BS`;
    const group: Group = {
      id: groupId,
      kind: "balasabha",
      name: `${village.unit.name} Balasabha`,
      unitId: village.unit.id,
      formedOn: iso(formedDay),
    };
    groups.push(group);
    // The children in it now: founders of a young Balasabha, or children who joined in the last two years.
    const children: { id: string; from: number }[] = [];
    for (let c = 0; c < (childCounts[b] as number); c++) {
      const from = Math.max(formedDay, random.int(AS_OF_DAY - 730, AS_OF_DAY - 30));
      const gender = c === 0 || random.next() < 0.5 ? "female" : "male";
      const householdId =
        random.next() < 0.8
          ? random.pick(village.women).household
          : `${village.unit.id}-HB${String(c + 1).padStart(2, "0")}`;
      const dateOfBirth = birthWithin(random, band.min, band.max, from, AS_OF_DAY);
      const id = person(gender === "female" ? GIRLS : BOYS, dateOfBirth, gender, householdId);
      const role: Role = c === 0 ? "leader" : c === 1 ? "deputyLeader" : "member";
      memberships.push({ groupId, personId: id, role, from: iso(from) });
      children.push({ id, from });
    }
    // A woman of the village's self-help groups coordinates it.
    const coordinators = village.women.filter((woman) => !woman.closed);
    const resourcePerson = random.pick(coordinators.length > 0 ? coordinators : village.women);
    memberships.push({ groupId, personId: resourcePerson.id, role: "resourcePerson", from: group.formedOn as string });
    const meetingDay = random.int(5, 25);
    for (let month = 0; month < 12; month++) {
      const date = dayNumber({ year: month < 9 ? 2023 : 2024, month: ((month + 3) % 12) + 1, day: meetingDay });
      if (date < Math.max(formedDay, RECORDS_FROM_DAY) || date >= AS_OF_DAY) continue;
      const attendees = children.filter((child) => child.from <= date && random.next() < 0.8);
      meetings.push({
        id: `${groupId}-${iso(date)}`,
        groupId,
        date: iso(date),
        attendeeIds: attendees.map((child) => child.id),
        topics: [random.pick(BALASABHA_TOPICS)],
      });
    }
  });

  // A Village Organisation per village, federating its active SHGs that are at least 6 months old.
  for (const village of villages) {
    const memberIds = village.shgs
      .filter((shg) => shg.closedOn === undefined && monthsLater(day(shg.formedOn as string), 6) <= AS_OF_DAY)
      .map((shg) => shg.id);
    if (memberIds.length === 0) continue;
    // Formed once its first group was 6 months old; later groups joined at 6 months.
    const eligible = monthsLater(day(village.shgs[0]?.formedOn as string), 6);
    const vo: Federation = {
      id: `${village.unit.id}-VO`,
      kind: "villageOrganisation",
      unitId: village.unit.id,
      name: `${village.unit.name} Village Organisation`,
      formedOn: iso(formationDay(random, eligible, Math.min(eligible + 180, AS_OF_DAY))),
      memberIds,
    };
    village.vo = vo;
    federations.push(vo);
  }

  // Cluster Level Federations: a block's villages in (at most) four clusters, each federating its VOs of 6 months.
  const clfs: Federation[] = [];
  blocks.forEach(({ id: blockId, name: blockName }, blockIndex) => {
    const inBlock = villages.filter((village) => village.blockIndex === blockIndex);
    const clusters = Math.min(4, inBlock.length);
    for (let k = 0; k < clusters; k++) {
      const cluster = inBlock.slice(
        Math.floor((k * inBlock.length) / clusters),
        Math.floor(((k + 1) * inBlock.length) / clusters),
      );
      const vos = cluster
        .map((village) => village.vo)
        .filter((vo): vo is Federation => vo !== undefined && monthsLater(day(vo.formedOn as string), 6) <= AS_OF_DAY);
      if (vos.length === 0) continue;
      const eligible = Math.min(...vos.map((vo) => monthsLater(day(vo.formedOn as string), 6)));
      clfs.push({
        id: `${blockId}-CLF${k + 1}`,
        kind: "clusterLevelFederation",
        unitId: blockId,
        name: `${blockName} Cluster Level Federation ${k + 1}`,
        formedOn: iso(formationDay(random, eligible, Math.min(eligible + 730, AS_OF_DAY))),
        memberIds: vos.map((vo) => vo.id),
      });
    }
  });
  federations.push(...clfs);
  return { schemaVersion: 1, units, people, groups, federations, memberships, meetings };
}

/**
 * Weekly meetings of a self-help group from the start of the records (or its formation) to the
 * day before the as-of day (or its closing): on its usual weekday, now and then another day of
 * the same week; one group in ten (with three months of records or more) skips one to four weeks.
 */
function shgMeetings(
  random: Random,
  group: Group,
  formedDay: number,
  endDay: number,
  memberIds: readonly string[],
  meetings: Meeting[],
): void {
  const from = Math.max(formedDay, RECORDS_FROM_DAY);
  const weekday = random.int(0, 6);
  const attendance = 0.7 + 0.25 * random.next();
  const firstWeek = weekIndex(from);
  const lastWeek = weekIndex(endDay - 1);
  const skipped = new Set<number>();
  if (random.next() < 0.1 && lastWeek - firstWeek >= 12) {
    const misses = random.int(1, 4);
    while (skipped.size < misses) skipped.add(random.int(firstWeek + 1, lastWeek - 1));
  }
  for (let week = firstWeek; week <= lastWeek; week++) {
    const monday = week * 7 - 3;
    const date = monday + (random.next() < 0.1 ? random.int(0, 6) : weekday);
    if (skipped.has(week) || date < from || date >= endDay) continue;
    meetings.push({
      id: `${group.id}-${iso(date)}`,
      groupId: group.id,
      date: iso(date),
      attendeeIds: memberIds.filter(() => random.next() < attendance),
      topics: [random.pick(SHG_TOPICS)],
    });
  }
}
