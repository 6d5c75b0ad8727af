import { describe, expectTypeOf, it } from "vitest";
import type {
  Dataset,
  Gender,
  Group,
  GroupKind,
  IsoDate,
  Issue,
  Membership,
  ParseDatasetResult,
  Person,
  Role,
  SpecialCategory,
  Unit,
  UnitKind,
} from "../../src/index.js";
import { parseDataset } from "../../src/index.js";

describe("inferred entity types", () => {
  it("are the documented shapes", () => {
    expectTypeOf<IsoDate>().toEqualTypeOf<string>();
    expectTypeOf<UnitKind>().toEqualTypeOf<
      "country" | "state" | "district" | "block" | "localBody" | "ward" | "village"
    >();
    expectTypeOf<Gender>().toEqualTypeOf<"female" | "male" | "transgender">();
    expectTypeOf<GroupKind>().toEqualTypeOf<"neighbourhoodGroup" | "auxiliaryGroup" | "balasabha" | "selfHelpGroup">();
    expectTypeOf<Role>().toEqualTypeOf<
      "member" | "president" | "secretary" | "volunteer" | "leader" | "deputyLeader" | "resourcePerson"
    >();
    expectTypeOf<Unit>().toEqualTypeOf<{
      id: string;
      kind: UnitKind;
      name: string;
      parentId?: string | undefined;
      localBodyType?: "gramaPanchayat" | "municipality" | "corporation" | undefined;
      lgdCode?: string | undefined;
    }>();
    expectTypeOf<Person>().toEqualTypeOf<{
      id: string;
      name?: string | undefined;
      dateOfBirth?: string | undefined;
      gender: Gender;
      householdId?: string | undefined;
    }>();
    expectTypeOf<Membership["from"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Dataset["schemaVersion"]>().toEqualTypeOf<1>();
  });
  it("narrows groups by kind", () => {
    expectTypeOf<Extract<Group, { kind: "balasabha" }>["kind"]>().toEqualTypeOf<"balasabha">();
    expectTypeOf<Group["kind"]>().toEqualTypeOf<GroupKind>();
  });
  it("types a group's special category as one of the categories the sources name", () => {
    expectTypeOf<SpecialCategory>().toEqualTypeOf<
      | "disability"
      | "elderly"
      | "transgender"
      | "hiv"
      | "destitute"
      | "scheduledTribe"
      | "mothersOfMentallyChallengedChildren"
      | "remoteArea"
      | "difficultArea"
    >();
    expectTypeOf<Group["specialCategory"]>().toEqualTypeOf<SpecialCategory | undefined>();
  });
  it("types parseDataset's result as a union on ok", () => {
    expectTypeOf(parseDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<ParseDatasetResult>().toEqualTypeOf<ReturnType<typeof parseDataset>>();
    const result = parseDataset({});
    if (result.ok) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(result).not.toHaveProperty("data");
    expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });
});
