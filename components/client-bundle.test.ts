// What a page's client JavaScript may pull in (issue #21): zod is the server's boundary check, and
// one value imported from a module that imports it ships all of it (~31 KB gzip) to the browser, as
// the commitment form once did through its horizons. Follows every "use client" module's runtime
// imports (not `import type`) through the project's own files.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const KEPT_OFF_THE_CLIENT = ["zod", "@prisma/client", "pg", "server-only"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The specifiers a module imports at run time, read from TypeScript's own syntax tree: `import
 * type`, `export type` and imports whose every name is `type` carry nothing to the browser.
 */
export function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile("module.tsx", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const specifiers: string[] = [];
  const allTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) => elements.length > 0 && elements.every((element) => element.isTypeOnly);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typesOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && allTypes(clause.namedBindings.elements)));
      if (!typesOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typesOnly = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && allTypes(node.exportClause.elements));
      if (!typesOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers;
}

function resolveProjectFile(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The path of imports from a client module to a package kept off the client, or null. */
function pathToServerPackage(entry: string): string[] | null {
  const seen = new Set<string>();
  const queue: { file: string; trail: string[] }[] = [{ file: entry, trail: [path.relative(ROOT, entry)] }];
  while (queue.length > 0) {
    const { file, trail } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    // A server action module reaches the client as a reference, not as code.
    if (file !== entry && /^\s*["']use server["']/.test(source)) continue;
    for (const specifier of runtimeImports(source)) {
      if (KEPT_OFF_THE_CLIENT.some((name) => specifier === name || specifier.startsWith(`${name}/`))) return [...trail, specifier];
      const next = resolveProjectFile(file, specifier);
      if (next) queue.push({ file: next, trail: [...trail, path.relative(ROOT, next)] });
    }
  }
  return null;
}

describe("client bundles", () => {
  it("reads runtime imports, not type-only ones", () => {
    expect(
      runtimeImports(
        `import type { A } from "zod";\nimport { type B } from "pg";\nimport { c, type D } from "./c";\nimport "./side";\nexport { e } from "./e";\nexport type { F } from "./f";\nimport {\n  g,\n} from "./g";\nconst h = () => import("./h");`,
      ),
    ).toEqual(["./c", "./side", "./e", "./g", "./h"]);
  });

  const clientModules = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));

  it("finds the client modules", () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it.each(clientModules.map((file) => [path.relative(ROOT, file), file]))("%s imports nothing kept off the client", (_name, file) => {
    expect(pathToServerPackage(file)).toBeNull();
  });
});
