// The same answers in every time zone: run the date-dependent functions in child processes with
// TZ from UTC-11 to UTC+14 and compare with this process.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ageingOut, ageOn, checkMeetingCadence, nrlmSelfHelpGroup, validate } from "../../src/index.js";
import { exampleDataset } from "../helpers/example.js";

const script = `
import { ageOn, ageingOut, checkMeetingCadence, nrlmSelfHelpGroup, validate } from "./src/index.ts";
import { readFileSync } from "node:fs";
const data = JSON.parse(readFileSync("src/data/example-dataset.json", "utf8"));
console.log(JSON.stringify(compute()));
function compute() {
  return __COMPUTE__;
}
`;
const compute = `[
    ageOn("2003-11-06", "2021-11-06"), ageOn("2004-02-29", "2021-03-01"), ageOn("2004-02-29", "2021-02-28"),
    validate(data, { asOf: "2021-11-30" }),
    validate(data, { asOf: "2022-03-31" }).issues.slice(0, 50),
    ageingOut(data, { asOf: "2021-11-30", withinMonths: 120 }),
    ageingOut(data, { asOf: "2021-01-31", withinMonths: 1 }),
    checkMeetingCadence(
      { formedOn: "2020-12-28" }, ["2021-01-04", "2021-01-12"], nrlmSelfHelpGroup, { asOf: "2021-02-01" },
    ),
  ]`;

describe("time zones", () => {
  const data = exampleDataset();
  const here = JSON.stringify(
    new Function(
      "ageOn",
      "ageingOut",
      "checkMeetingCadence",
      "nrlmSelfHelpGroup",
      "validate",
      "data",
      `return ${compute};`,
    )(ageOn, ageingOut, checkMeetingCadence, nrlmSelfHelpGroup, validate, data),
  );
  it.each(["Pacific/Pago_Pago", "Pacific/Kiritimati", "Asia/Kolkata", "America/Sao_Paulo", "America/St_Johns"])(
    "gives the same answers under TZ=%s",
    (tz) => {
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script.replace("__COMPUTE__", compute)],
        {
          cwd: fileURLToPath(new URL("../../", import.meta.url)),
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        },
      );
      expect(out.trim()).toBe(here);
    },
  );
});
