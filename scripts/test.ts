// npm test — every check, in the order that fails fastest: lint, knip, types, unit tests, integration
// tests on PostgreSQL, then a production build driven by Chromium. Uses DATABASE_URL when set
// (a throwaway database: it is truncated and re-seeded), else an embedded PostgreSQL in a temp dir.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { createE2eFixtures } from "./lib/e2e-fixtures";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { deployMigrations } from "./lib/migrations";
import { startNextServer } from "./lib/next-server";
import { findPgBouncer } from "./lib/pgbouncer";
import { runSeed } from "../prisma/seed/run-seed";
import { truncateAllTables } from "../tests/helpers/reset-database";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-test-"));
const TEST_AUTH_SECRET = "test-secret-for-coachboard-ci-only-0123456789";

/** The port of the SMTP server the email e2e spec starts (smtp-server), which `next start` sends to. */
const E2E_SMTP_PORT = 2525;

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const npx = (bin: string) => path.resolve("node_modules", ".bin", bin);

/** Runs a script that ends with "N passed, N failed", echoing its output, and returns those counts. */
function runCounting(command: string, args: string[], env: Record<string, string | undefined>): Promise<{ code: number; passed: number; failed: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on("exit", (code, signal) => {
      const summary = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
      const exitCode = code ?? (signal ? 1 : 0);
      // No summary line means the script died before counting: one failure.
      resolve(summary ? { code: exitCode, passed: Number(summary[1]), failed: Number(summary[2]) } : { code: exitCode, passed: 0, failed: 1 });
    });
  });
}

function step(title: string) {
  console.log(`\n━━ ${title} ━━`);
}

function addVitestCounts(file: string, label: string) {
  if (!fs.existsSync(file)) {
    failures.push(`${label}: no report (the runner crashed)`);
    tally.failed++;
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function addPlaywrightCounts(file: string) {
  if (!fs.existsSync(file)) {
    failures.push("e2e: no report (the runner crashed)");
    tally.failed++;
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
}

/** Runs a command with its output held back, then prints it under its step's title (for checks run side by side). */
function runQuietly(label: string, command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code, signal) => {
      step(`${label} (${Math.round((Date.now() - started) / 1000)} s)`);
      process.stdout.write(output);
      const exitCode = code ?? (signal ? 1 : 0);
      if (exitCode !== 0) failures.push(`${label} exited with ${exitCode}`);
      resolve(exitCode);
    });
  });
}

async function check(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}) {
  step(label);
  const code = await run(command, args, env);
  if (code !== 0) failures.push(`${label} exited with ${code}`);
  return code;
}

async function main() {
  const started = Date.now();
  const only = new Set((process.env.TEST_ONLY ?? "lint,knip,typecheck,openapi,unit,integration,e2e,cluster,pgbouncer,faults").split(","));

  // The static checks are single-threaded: lint and knip on one core, the types on the other.
  await Promise.all([
    (async () => {
      if (only.has("lint")) await runQuietly("lint", npx("eslint"), ["--max-warnings=0", "."]);
      // Unused files, exports and dependencies (knip.json says what is deliberately kept).
      if (only.has("knip")) await runQuietly("knip", npx("knip"), ["--no-progress"]);
    })(),
    only.has("typecheck") ? runQuietly("typecheck", npx("tsc"), ["--noEmit"]) : null,
  ]);
  // ── openapi (issue 16): the served document through Spectral (spectral:oas + OWASP), zero errors ──
  if (only.has("openapi")) {
    step("openapi: Spectral lint");
    const counts = await runCounting(npx("tsx"), ["--conditions=react-server", "scripts/lint-openapi.ts"], {});
    tally.passed += counts.passed;
    tally.failed += counts.failed;
    if (counts.code !== 0) failures.push(`openapi lint exited with ${counts.code}`);
  }
  if (only.has("unit")) {
    const file = path.join(reportDir, "unit.json");
    await check("unit tests", npx("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
    addVitestCounts(file, "unit tests");
  }

  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL?.trim() ?? "";
  try {
    if (only.has("integration") || only.has("e2e")) {
      step("database");
      if (!databaseUrl) {
        embedded = await startEmbeddedPostgres({ dataDir: path.join(reportDir, "pglite"), quiet: true });
        databaseUrl = embedded.url;
        console.log(`embedded PostgreSQL (PGlite) on port ${embedded.port}`);
      } else {
        console.log("using DATABASE_URL (it will be truncated and re-seeded)");
      }
      const applied = await deployMigrations(databaseUrl);
      console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "schema up to date");
    }
    // SSO_SECRET_KEY: a fixed test key, so the e2e tests can set up single sign-on.
    const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_AUTH_SECRET, SSO_SECRET_KEY: "0".repeat(62) + "55", DB_EMBEDDED: embedded ? "1" : "0" };

    if (only.has("integration")) {
      const file = path.join(reportDir, "integration.json");
      await check("integration tests (PostgreSQL)", npx("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env);
      addVitestCounts(file, "integration tests");
    }

    let builtThisRun = false;
    if (only.has("e2e")) {
      step("e2e: Chromium, production build, demo organization");
      const chromium = ensureChromium();
      // E2E_SPECS narrows the run while working on one spec (e.g. "tests/e2e/goals.spec.ts"); the
      // first-day spec runs on its own server and an empty database, after the demo specs.
      const specs = (process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean);
      const isFirstDay = (spec: string) => /first-day\.spec\.ts$/.test(spec);
      const demoSpecs = specs.length === 0 ? [] : specs.some((spec) => !isFirstDay(spec)) ? specs.filter((spec) => !isFirstDay(spec)) : null;
      const firstDaySpecs = specs.length === 0 ? [] : specs.some(isFirstDay) ? specs.filter(isFirstDay) : null;
      const buildCode = await check("next build", npx("next"), ["build"], { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
      if (buildCode === 0) {
        builtThisRun = true;
        if (demoSpecs) {
          await truncateAllTables(databaseUrl);
          await runSeed(databaseUrl);
          const fixtures = await createE2eFixtures(databaseUrl);
          const port = await freePort();
          const serverLog = path.join(reportDir, "next-start.log");
          // Email goes to the SMTP server tests/e2e/email.spec.ts starts on E2E_SMTP_PORT; links point at this server.
          const server = await startNextServer({ port, env: { ...env, SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, APP_URL: `http://127.0.0.1:${port}` }, log: (line) => fs.appendFileSync(serverLog, line) });
          try {
            const file = path.join(reportDir, "e2e.json");
            await check("e2e tests", npx("playwright"), ["test", "--project=chromium", ...demoSpecs], { ...env, ...fixtures, E2E_SMTP_PORT: String(E2E_SMTP_PORT), E2E_BASE_URL: server.url, CHROMIUM_PATH: chromium, E2E_JSON_REPORT: file });
            addPlaywrightCounts(file);
          } finally {
            await server.stop();
          }
          if (failures.some((failure) => failure.startsWith("e2e tests"))) console.log(`server log: ${serverLog}`);
        }
        // ── first day (issue 18): the same build on an empty database (migrated, not seeded) ──
        if (firstDaySpecs) {
          await truncateAllTables(databaseUrl);
          const firstDayLog = path.join(reportDir, "next-start-first-day.log");
          const firstDayPort = await freePort();
          const emptyServer = await startNextServer({ port: firstDayPort, env: { ...env, SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, APP_URL: `http://127.0.0.1:${firstDayPort}` }, log: (line) => fs.appendFileSync(firstDayLog, line) });
          try {
            const file = path.join(reportDir, "e2e-first-day.json");
            await check("e2e: first day from an empty database", npx("playwright"), ["test", "--project=first-day", ...firstDaySpecs], { ...env, E2E_SMTP_PORT: String(E2E_SMTP_PORT), E2E_BASE_URL: emptyServer.url, CHROMIUM_PATH: chromium, E2E_JSON_REPORT: file });
            addPlaywrightCounts(file);
          } finally {
            await emptyServer.stop();
          }
          if (failures.some((failure) => failure.startsWith("e2e: first day"))) console.log(`server log: ${firstDayLog}`);
          // The stages after this one (cluster) seed the demo organization again themselves.
        }
      } else {
        tally.failed++;
      }
    }

    // ── cluster (issue 11): two `next start` instances on one database, see scripts/test-cluster.ts ──
    // Reuses this run's production build and database; alone (TEST_ONLY=cluster) it builds and
    // starts its own embedded database. Its "N passed, N failed" line joins the tally.
    if (only.has("cluster")) {
      step("cluster: two instances, one database");
      const clusterEnv = databaseUrl ? { DATABASE_URL: databaseUrl, DB_EMBEDDED: embedded ? "1" : "0" } : {};
      const counts = await runCounting(npx("tsx"), ["--conditions=react-server", "scripts/test-cluster.ts", ...(builtThisRun ? ["--reuse-build"] : [])], clusterEnv);
      tally.passed += counts.passed;
      tally.failed += counts.failed;
      if (counts.code !== 0) failures.push(`cluster exited with ${counts.code}`);
    }
    // ── end cluster ──

    // ── PgBouncer (issue 11): the database-heavy integration tests through transaction pooling ──
    // Needs a PostgreSQL server (pgbouncer cannot front the embedded one) and pgbouncer on PATH;
    // CI has both. Elsewhere the stage says what it needs instead of pretending to pass.
    if (only.has("pgbouncer")) {
      step("PgBouncer: transaction pooling");
      const pgbouncer = findPgBouncer();
      if (embedded || !databaseUrl) {
        console.log("skipped: needs DATABASE_URL on a PostgreSQL server (set it to run this stage)");
        tally.skipped++;
      } else if (!pgbouncer) {
        console.log("skipped: pgbouncer is not installed (Debian/Ubuntu: sudo apt-get install pgbouncer)");
        tally.skipped++;
      } else {
        const counts = await runCounting(npx("tsx"), ["scripts/test-pgbouncer.ts"], { DATABASE_URL: databaseUrl });
        tally.passed += counts.passed;
        tally.failed += counts.failed;
        if (counts.code !== 0) failures.push(`pgbouncer exited with ${counts.code}`);
      }
    }

    // ── faults (issue 9): database outage and a server killed mid-import, on its own embedded database ──
    if (only.has("faults")) {
      step("faults: database outage, server killed mid-import");
      const counts = await runCounting(npx("tsx"), ["--conditions=react-server", "scripts/test-faults.ts", ...(builtThisRun ? ["--reuse-build"] : [])], {});
      tally.passed += counts.passed;
      tally.failed += counts.failed;
      if (counts.code !== 0) failures.push(`faults exited with ${counts.code}`);
    }
  } finally {
    await embedded?.stop();
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${failures.length ? "FAILED" : "OK"} in ${seconds} s${failures.length ? `:\n  ${failures.join("\n  ")}` : ""}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
  process.exit(failures.length || tally.failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(`${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exit(1);
});
