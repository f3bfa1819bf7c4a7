// npm run test:pgbouncer — the database-heavy integration tests through PgBouncer in transaction
// mode, the way a scaled-out deployment connects: proves Prisma (unnamed statements, interactive
// transactions) and the raw pg queries work without session state. Needs a real PostgreSQL:
// DATABASE_URL (a throwaway database), or a temporary database on 127.0.0.1:5432. Ends with
// "N passed, N failed".
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "./lib/migrations";
import { startPgBouncer } from "./lib/pgbouncer";

const FILES = ["tests/integration/api-v1.test.ts", "tests/integration/demo-priorities.test.ts", "tests/integration/sign-in.test.ts"];
const TEST_AUTH_SECRET = "test-secret-for-coachboard-ci-only-0123456789";

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function runVitest(env: Record<string, string>, reportFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      path.resolve("node_modules/.bin/vitest"),
      ["run", "--project", "integration", ...FILES, "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
      { stdio: "inherit", env: { ...process.env, ...env } },
    );
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  let passed = 0;
  let failed = 0;
  const configured = process.env.DATABASE_URL?.trim();
  const serverUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
  const temporary = configured ? null : `coachboard_pgbouncer_${Date.now()}_${process.pid}`;
  if (temporary) await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE "${temporary}"`));
  const databaseUrl = configured ?? `postgresql://postgres@127.0.0.1:5432/${temporary}`;
  // Migrations hold a session advisory lock, which transaction pooling cannot keep: apply them directly.
  await deployMigrations(databaseUrl);
  const bouncer = await startPgBouncer({ databaseUrl, poolSize: 10 });
  console.log(`PgBouncer (transaction mode) on 127.0.0.1:${bouncer.port} → ${new URL(databaseUrl).pathname.slice(1)}`);
  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-pgbouncer-report-")), "integration.json");
  try {
    // One file at a time: PgBouncer cannot create the per-worker databases.
    const code = await runVitest({ DATABASE_URL: bouncer.url, AUTH_SECRET: TEST_AUTH_SECRET, DB_EMBEDDED: "0", INTEGRATION_WORKERS: "1" }, reportFile);
    if (fs.existsSync(reportFile)) {
      const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      if (code !== 0 && report.numFailedTests === 0) failed++;
    } else {
      console.log("vitest wrote no report (it crashed)");
      failed++;
    }
    // The traffic really went through PgBouncer: its counters for the test database moved.
    const stats = await withAdmin(bouncer.adminUrl, async (client) => (await client.query<{ database: string; total_xact_count: string }>("SHOW STATS")).rows);
    const database = new URL(databaseUrl).pathname.slice(1);
    const transactions = Number(stats.find((row) => row.database === database)?.total_xact_count ?? 0);
    if (transactions > 100) {
      passed++;
      console.log(`✓ ${transactions.toLocaleString("en-US")} transactions went through PgBouncer`);
    } else {
      failed++;
      console.log(`✗ only ${transactions} transactions went through PgBouncer`);
    }
  } finally {
    fs.rmSync(path.dirname(reportFile), { recursive: true, force: true });
    await bouncer.stop();
    if (temporary) await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${temporary}" WITH (FORCE)`)).catch(() => undefined);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
