// The help of every command in every language: each text of the command's spec has a translation
// (English is shown where one is missing, so a new option would otherwise go untranslated unseen),
// and no line of the help is wider than 120 columns.
import { describe, expect, it } from "vitest";
import { COMMANDS, commandHelp } from "../../src/cli/commandLine.js";
import type { Locale } from "../../src/index.js";
import { displayWidth } from "../../src/internal/displayWidth.js";
import { samplePresets } from "../../src/testing/generateSample.js";
import { localeCodes, locales } from "./locales.js";

const translated = localeCodes.filter((code) => code !== "en");

describe.each(translated)("the help in %s", (code) => {
  const locale = locales.get(code) as Locale;
  const byCommand = locale.labels.help.byCommand;

  it.each(COMMANDS.map((spec) => [spec.name, spec] as const))("translates every text of %s", (_, spec) => {
    const own = byCommand[spec.name];
    expect(own?.summary?.trim(), "summary").toBeTruthy();
    for (const option of [...Object.keys(spec.options), "lang"]) {
      const text = own?.options?.[option];
      expect(text?.trim(), `--${option}`).toBeTruthy();
      expect(text, `--${option}`).not.toBe(spec.options[option]?.text);
    }
    expect(Object.keys(own?.options ?? {}).sort()).toEqual([...Object.keys(spec.options), "lang"].sort());
    expect(own?.examples?.length, "examples").toBe(spec.examples.length);
    expect(own?.notes?.length ?? 0, "notes").toBe(spec.notes?.length ?? 0);
  });

  it("names every sample preset", () => {
    const [presets] = byCommand["sample"]?.notes ?? [];
    for (const preset of samplePresets) expect(presets).toMatch(new RegExp(`(^|[\\s:,])${preset}[,.।]`));
  });

  it.each(COMMANDS.map((spec) => [spec.name, spec] as const))("keeps the lines of %s within 120", (_, spec) => {
    const help = commandHelp(spec, locale);
    expect(help).not.toBe(commandHelp(spec));
    for (const line of help.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
  });
});
