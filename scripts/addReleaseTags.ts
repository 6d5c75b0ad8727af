// Gives every declaration an entry point exports a release tag (npm run api:tags), so API
// Extractor's ae-missing-release-tag never fires: `@public`, or `@beta` in the entries listed in
// BETA_ENTRIES. Adds the tag to the TSDoc comment as its last line and changes nothing else; a
// comment that already has a release tag (@public, @beta, @alpha, @internal) is left alone, so
// running it again changes nothing.
//
// Entry points are those of package.json "exports"; tsup.config.ts says which source file builds
// each one. A declaration with no TSDoc comment at all is reported and fails the run: its tag
// comes with the description and example every export needs, written by a person.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/** Entry points whose exports are `@beta`, with the reason given in docs/versioning.md. */
export const BETA_ENTRIES: Readonly<Record<string, string>> = {
  "./testing/arbitraries": "what a seed draws changes whenever an entity gains a field or a value",
};

/** A release tag standing as a tag (at the start of a comment line), not mentioned in prose. */
const RELEASE_TAG = /^\s*(?:\/\*\*|\*)?\s*@(public|beta|alpha|internal)\b/m;

interface EntrySource {
  readonly subpath: string;
  readonly source: string;
}

/** The source file of every subpath in package.json "exports", through tsup's entry names. */
export async function entrySources(root: string): Promise<EntrySource[]> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  const tsup = (await import(pathToFileURL(join(root, "tsup.config.ts")).href)) as { default: unknown };
  const configs = (Array.isArray(tsup.default) ? tsup.default : [tsup.default]) as { entry?: unknown }[];
  const entries = new Map<string, string>();
  for (const config of configs)
    if (config.entry !== null && typeof config.entry === "object" && !Array.isArray(config.entry))
      for (const [name, file] of Object.entries(config.entry as Record<string, string>)) entries.set(name, file);
  const result: EntrySource[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === "./package.json") continue;
    const types = JSON.stringify(target).match(/"\.\/dist\/([^"]+)\.d\.ts"/)?.[1];
    const source = types === undefined ? undefined : entries.get(types);
    if (source === undefined)
      throw new Error(`addReleaseTags: no tsup entry builds the types of "${subpath}" (${JSON.stringify(target)})`);
    if (source.includes("*")) throw new Error(`addReleaseTags: the pattern "${subpath}" needs one entry per file`);
    result.push({ subpath, source: resolve(root, source) });
  }
  return result;
}

/** The TSDoc comment TypeScript attaches to a declaration (the one nearest to it). */
function docComment(declaration: ts.Declaration): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  return docs[docs.length - 1];
}

function isOverloadImplementation(declaration: ts.Declaration, all: readonly ts.Declaration[]): boolean {
  return (
    ts.isFunctionDeclaration(declaration) &&
    declaration.body !== undefined &&
    all.some((other) => ts.isFunctionDeclaration(other) && other.body === undefined)
  );
}

/** The comment text with `tag` as its last line, in the comment's own indentation. */
export function withTag(comment: string, tag: string, indent: string): string {
  const body = comment.replace(/\s*\*\/$/, "");
  if (!body.includes("\n")) {
    const text = body.replace(/^\/\*\*\s*/, "");
    return `/**\n${indent} * ${text}\n${indent} *\n${indent} * ${tag}\n${indent} */`;
  }
  const lines = body.split("\n");
  const last = lines[lines.length - 1]?.trim();
  const blank = last === "*" || last === "/**" ? [] : [`${indent} *`];
  return [...lines, ...blank, `${indent} * ${tag}`, `${indent} */`].join("\n");
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Adds the missing release tags under `root`.
 *
 * @returns The files changed and the exports that have no TSDoc comment to add a tag to.
 */
export async function addReleaseTags(
  root: string,
  { write = true, beta = BETA_ENTRIES }: { write?: boolean; beta?: Readonly<Record<string, string>> } = {},
) {
  const entries = await entrySources(root);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  const program = ts.createProgram(
    entries.map((entry) => entry.source),
    parsed?.options ?? {},
  );
  const checker = program.getTypeChecker();
  const edits = new Map<string, Map<number, Edit>>();
  const undocumented: string[] = [];
  for (const entry of entries) {
    const file = program.getSourceFile(entry.source);
    const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (module === undefined) throw new Error(`addReleaseTags: cannot read ${relative(root, entry.source)}`);
    const tag = beta[entry.subpath] === undefined ? "@public" : "@beta";
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      for (const declaration of declarations) {
        // The body of an overloaded function is no part of its API: its overloads are.
        if (isOverloadImplementation(declaration, declarations)) continue;
        const source = declaration.getSourceFile();
        if (source.isDeclarationFile || relative(join(root, "src"), source.fileName).startsWith("..")) continue;
        const doc = docComment(declaration);
        if (doc === undefined) {
          const { line } = source.getLineAndCharacterOfPosition(declaration.getStart());
          undocumented.push(`${relative(root, source.fileName)}:${line + 1} ${exported.name}`);
          continue;
        }
        const start = doc.getStart(source);
        const comment = source.text.slice(start, doc.end);
        if (RELEASE_TAG.test(comment)) continue;
        const lineStart = source.text.lastIndexOf("\n", start) + 1;
        const indent = source.text.slice(lineStart, start).match(/^\s*/)?.[0] ?? "";
        const fileEdits = edits.get(source.fileName) ?? new Map<number, Edit>();
        fileEdits.set(start, { start, end: doc.end, text: withTag(comment, tag, indent) });
        edits.set(source.fileName, fileEdits);
      }
    }
  }
  const changed: string[] = [];
  for (const [fileName, fileEdits] of edits) {
    // Read again just before writing, so a change made meanwhile is not overwritten with an old copy.
    const before = readFileSync(fileName, "utf8");
    const expected = program.getSourceFile(fileName)?.text;
    if (before !== expected)
      throw new Error(`addReleaseTags: ${relative(root, fileName)} changed meanwhile: run again`);
    let after = before;
    for (const edit of [...fileEdits.values()].sort((a, b) => b.start - a.start))
      after = after.slice(0, edit.start) + edit.text + after.slice(edit.end);
    if (write) writeFileSync(fileName, after);
    changed.push(relative(root, fileName));
  }
  return { changed: changed.sort(), undocumented };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const check = process.argv.includes("--check");
  const { changed, undocumented } = await addReleaseTags(root, { write: !check });
  for (const file of changed) console.log(`${check ? "missing a release tag" : "tagged"}: ${file}`);
  for (const name of undocumented) console.error(`addReleaseTags: no TSDoc comment to tag: ${name}`);
  if (changed.length === 0 && undocumented.length === 0) console.log("addReleaseTags: every export has a release tag");
  if (undocumented.length > 0 || (check && changed.length > 0)) process.exitCode = 1;
}
