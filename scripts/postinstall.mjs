// Runs after `npm install`: generates the Prisma client and puts the WASM schema engine where
// @prisma/internals looks for it (dependencies' own install scripts do not run under npm 11).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function findWasm() {
  // The package's `exports` hides package.json, so look in the install tree directly.
  const candidates = [
    path.join("node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm"),
    path.join("node_modules", "@prisma", "migrate", "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm"),
    path.join("node_modules", "prisma", "build", "schema_engine_bg.wasm"),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

const wasm = findWasm();
if (wasm) {
  const internalsBuild = path.join(path.dirname(require.resolve("@prisma/internals/package.json")), "build");
  mkdirSync(internalsBuild, { recursive: true });
  copyFileSync(wasm, path.join(internalsBuild, "schema_engine_bg.wasm"));
}

// `prisma generate` never runs the schema engine, but the CLI insists on a binary path; any file will do.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { stdio: "inherit", env });
