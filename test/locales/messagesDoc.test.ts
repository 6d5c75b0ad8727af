import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadLocales, messagesDocPath, renderMessagesDoc } from "../../scripts/writeMessagesDoc.js";
import { localeCodes } from "./locales.js";

it("docs/messages.md is what the catalogues say now (run npm run docs:messages)", async () => {
  const locales = await loadLocales();
  expect(locales.map((locale) => locale.tag.slice(0, -3)).sort()).toEqual([...localeCodes]);
  expect(readFileSync(messagesDocPath, "utf8")).toBe(renderMessagesDoc(locales));
});

it("docs/messages.md has the glossary and every code in every language", async () => {
  const doc = readFileSync(messagesDocPath, "utf8");
  expect(doc).toMatch(/\| `neighbourhoodGroup` \| NHG \| അയൽക്കൂട്ടം \|/);
  expect(doc).toMatch(/\| `balasabha` \| Balasabha \| ബാലസഭ \|/);
  for (const link of ["README.md", "docs/issue-codes.md"])
    expect(readFileSync(new URL(`../../${link}`, import.meta.url), "utf8"), link).toContain("messages.md");
});
