// npm run fuzz -- --runs 20000 [--seed 7]: the API fuzzer of `npm test` (tests/integration/api-fuzz.test.ts)
// with more requests. Uses DATABASE_URL (a throwaway database: it is truncated), else an embedded
// PostgreSQL in a temporary directory.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20000" }, seed: { type: "string", default: "16" } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S]");
  process.exit(2);
}

async function main(): Promise<number> {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL?.trim() ?? "";
  try {
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-fuzz-")), quiet: true });
      databaseUrl = embedded.url;
    }
    console.log(`fuzzing the API: ${runs.toLocaleString("en-US")} requests, seed ${seed}`);
    return await new Promise<number>((resolve) => {
      const child = spawn(path.resolve("node_modules", ".bin", "vitest"), ["run", "--project", "integration", "tests/integration/api-fuzz.test.ts"], {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: databaseUrl, DB_EMBEDDED: embedded ? "1" : "0", FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
      });
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
