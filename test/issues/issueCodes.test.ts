import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { issueCodes } from "../../src/index.js";

it("docs/issue-codes.md lists every code with its severity, and no other", () => {
  const doc = readFileSync(new URL("../../docs/issue-codes.md", import.meta.url), "utf8");
  const documented = [...doc.matchAll(/^\| `([a-z_.]+)` \| (error|warning) \|/gm)].map((match) => [match[1], match[2]]);
  expect(documented).toEqual(Object.entries(issueCodes).map(([code, { severity }]) => [code, severity]));
});

it("issue codes are frozen", () => {
  expect(Object.isFrozen(issueCodes)).toBe(true);
});
