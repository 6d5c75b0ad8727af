import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/index.js";

/** The bundled example dataset, read fresh for each caller so tests may mutate their copy. */
export function exampleDataset(): Dataset {
  return JSON.parse(readFileSync(new URL("../../src/data/example-dataset.json", import.meta.url), "utf8")) as Dataset;
}

/** A small valid dataset built in code: a ward with one auxiliary group of two women. */
export function tinyDataset(): Dataset {
  return {
    schemaVersion: 1,
    units: [
      { id: "d1", kind: "district", name: "Thiruvananthapuram" },
      { id: "lb1", kind: "localBody", name: "Kalliyoor", parentId: "d1", localBodyType: "gramaPanchayat" },
      { id: "w1", kind: "ward", name: "Ward 1", parentId: "lb1" },
    ],
    people: [
      { id: "p1", name: "Anitha", dateOfBirth: "1995-06-12", gender: "female", householdId: "h1" },
      { id: "p2", name: "Sreeja", dateOfBirth: "2000-01-30", gender: "female", householdId: "h2" },
    ],
    groups: [{ id: "g1", kind: "auxiliaryGroup", unitId: "w1", formedOn: "2021-10-02" }],
    memberships: [
      { groupId: "g1", personId: "p1", role: "member", from: "2021-10-02" },
      { groupId: "g1", personId: "p2", role: "member", from: "2021-10-02" },
    ],
    meetings: [{ id: "m1", groupId: "g1", date: "2021-10-09", attendeeIds: ["p1", "p2"] }],
  };
}
