// npm run test:faults — what happens when things break (issue 9), against a dedicated embedded
// PostgreSQL (PGlite socket server) this script starts and kills, never a shared server:
//   1. the database goes away while the app runs: the API answers 503 "unavailable" with
//      Retry-After, never a 500, and serves again once the database is back — same process;
//   2. the server is killed in the middle of an import: nothing of it is written, and after a
//      restart the queued job runs again (it expired with its worker) and completes.
// `--reuse-build` skips `next build` when .next holds one. Ends with "N passed, N failed".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addDays, todayIn } from "@/lib/calendar/days";
import { createPool, createPrismaClient } from "@/lib/db";
import { generateApiToken } from "@/lib/security/api-token";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { deployMigrations } from "./lib/migrations";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { ensureProductionBuild } from "./lib/production-build";
import { DEMO_ADMIN, DEMO_ORGANIZATION } from "../prisma/seed/demo-profiles";
import { runSeed } from "../prisma/seed/run-seed";

const AUTH_SECRET = "fault-test-secret-0123456789-0123456789-01";
// A dead worker's import is retried once it expires: short here so the test sees the retry.
const JOB_EXPIRE_SECONDS = "20";
const IMPORT_DAYS = 1_300;

const results: { name: string; ok: boolean; detail: string }[] = [];
async function check(name: string, work: () => Promise<string>) {
  try {
    const detail = await work();
    results.push({ name, ok: true, detail });
    console.log(`✓ ${name} — ${detail}`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`✗ ${name} — ${detail}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function callApi(baseUrl: string, token: string): Promise<{ status: number; code: string | null; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/teams`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { status: response.status, code: body?.error?.code ?? null, retryAfter: response.headers.get("retry-after"), ms: performance.now() - started };
}

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-faults-"));
  const dataDir = path.join(workDir, "pglite");
  const logFile = path.join(workDir, "next.log");
  let database: EmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, quiet: true });
  const port = database.port;
  const databaseUrl = database.url;
  process.env.DATABASE_URL = databaseUrl;
  process.env.WORKERS = "0";
  // Queue options are written by every process that starts pg-boss: the same expiry everywhere.
  process.env.JOB_EXPIRE_SECONDS = JOB_EXPIRE_SECONDS;
  console.log(`dedicated embedded PostgreSQL on port ${port} (data in ${dataDir})`);
  const serverEnv = { DATABASE_URL: databaseUrl, AUTH_SECRET, WORKERS: "1", DB_POOL_MAX: "5", JOBS_POOL_MAX: "2", JOB_EXPIRE_SECONDS };
  let server: RunningServer | null = null;
  const startServer = async () => startNextServer({ port: await freePort(), env: serverEnv, log: (line) => fs.appendFileSync(logFile, line) });
  try {
    const buildCode = await ensureProductionBuild({ reuse: process.argv.includes("--reuse-build"), env: { DATABASE_URL: databaseUrl, AUTH_SECRET } });
    if (buildCode !== 0) throw new Error(`next build exited with ${buildCode}`);
    await deployMigrations(databaseUrl);
    await runSeed(databaseUrl);
    const setupPool = createPool(databaseUrl, 2);
    const setup = createPrismaClient(setupPool);
    const organization = await setup.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true, timeZone: true } });
    const { token, tokenHash, prefix } = generateApiToken();
    await setup.apiToken.create({ data: { organizationId: organization.id, name: "fault test", tokenHash, prefix } });
    await setup.$disconnect();
    await setupPool.end();

    server = await startServer();
    const pid = server.process.pid;
    console.log(`next start on ${server.url} (pid ${pid}, workers in process); log ${logFile}`);

    await check("the database going away turns API calls into 503s, not 500s", async () => {
      const healthy = await callApi(server!.url, token);
      assert(healthy.status === 200, `before the outage the API answered ${healthy.status}`);
      await database!.stop();
      database = null;
      const answers = [];
      for (let attempt = 0; attempt < 5; attempt++) answers.push(await callApi(server!.url, token));
      const statuses = answers.map((answer) => answer.status);
      assert(answers.every((answer) => answer.status === 503 && answer.code === "unavailable" && answer.retryAfter), `during the outage: ${JSON.stringify(answers)}`);
      return `5 calls during the outage: ${statuses.join(",")} "unavailable" with Retry-After ${answers[0]?.retryAfter}, slowest ${Math.max(...answers.map((answer) => answer.ms)).toFixed(0)} ms`;
    });

    await check("the app serves again once the database is back, without a restart", async () => {
      const restarted = Date.now();
      database = await startEmbeddedPostgres({ dataDir, port, quiet: true });
      assert(database.port === port, `the database came back on port ${database.port}, not ${port}`);
      let answer = await callApi(server!.url, token);
      while (answer.status !== 200 && Date.now() - restarted < 60_000) {
        await sleep(500);
        answer = await callApi(server!.url, token);
      }
      assert(answer.status === 200, `still ${answer.status} a minute after the database came back`);
      assert(server!.process.exitCode === null && server!.process.pid === pid, "the server process changed");
      return `200 again ${((Date.now() - restarted) / 1000).toFixed(1)} s after the database restarted (same process, pid ${pid})`;
    });

    await check("a server killed in the middle of an import leaves nothing written, and the job completes after a restart", async () => {
      const pool = createPool(databaseUrl, 2);
      const prisma = createPrismaClient(pool);
      try {
        // The PGlite socket server can garble a statement that arrives while another connection's
        // statement runs (the restarted server's workers poll): the server refuses it unexecuted
        // ("bind message supplies 10 parameters, but prepared statement "" requires 2"), so the
        // set-up asks again. The faults under test come after it.
        const garbled = (error: unknown) => error instanceof Error && /bind message supplies/.test(error.message);
        const again = async <T>(statement: () => Promise<T>): Promise<T> => {
          for (let attempt = 1; ; attempt++) {
            try {
              return await statement();
            } catch (error) {
              if (!garbled(error) || attempt === 5) throw error;
              await sleep(200);
            }
          }
        };
        const admin = await again(() => prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email }, select: { id: true } }));
        const reps = await again(() => prisma.user.findMany({ where: { organizationId: organization.id, role: "REP", active: true }, select: { email: true }, orderBy: { email: "asc" } }));
        const stages = await again(() => prisma.funnelStage.findMany({ where: { organizationId: organization.id }, select: { key: true }, orderBy: { position: "asc" } }));
        const today = todayIn(organization.timeZone);
        const lines = ["rep_email,date,stage,count"];
        for (const rep of reps) for (let offset = 1; offset <= IMPORT_DAYS; offset++) for (const stage of stages) lines.push(`${rep.email},${addDays(today, -offset)},${stage.key},${(offset % 9) + 1}`);
        const records = lines.length - 1;
        const before = await again(() => prisma.activity.count({ where: { organizationId: organization.id } }));
        const job = await again(() =>
          prisma.importJob.create({
            data: { organizationId: organization.id, createdById: admin.id, fileName: "fault-test.csv", mapping: { format: "long", columns: { repEmail: "rep_email", date: "date", stage: "stage", count: "count" } }, payload: lines.join("\n") },
            select: { id: true },
          }),
        );
        const { enqueueImportActivity } = await import("@/lib/jobs/enqueue");
        const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
        await enqueueImportActivity({ importJobId: job.id, organizationId: organization.id });
        // The worker logs "import checked" just before its one write transaction; kill the server inside it.
        const deadline = Date.now() + 120_000;
        while (!fs.readFileSync(logFile, "utf8").slice(logOffset).includes(`"import checked","importJobId":"${job.id}"`)) {
          assert(Date.now() < deadline, "the worker never started writing the import");
          await sleep(20);
        }
        await sleep(300);
        server!.process.kill("SIGKILL");
        await server!.stop();
        server = null;
        const afterKill = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, startedAt: true } });
        assert(afterKill.status !== "SUCCEEDED", "the import finished before the kill; the test needs a bigger file");
        const touched = await prisma.activity.count({ where: { organizationId: organization.id, updatedAt: { gte: afterKill.startedAt ?? new Date(0) } } });
        const count = await prisma.activity.count({ where: { organizationId: organization.id } });
        assert(touched === 0 && count === before, `after the kill ${touched} rows carry the import's time and the count went ${before} → ${count}`);

        server = await startServer();
        const retryDeadline = Date.now() + 180_000;
        const readState = () => prisma.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, processedRows: true, totalRows: true, error: true } });
        let state = await readState();
        while (state.status !== "SUCCEEDED" && state.status !== "FAILED" && Date.now() < retryDeadline) {
          await sleep(1_000);
          // The PGlite socket server can garble a statement that arrives while another connection's
          // long transaction runs ("bind message supplies 3 parameters"): ask again.
          state = await readState().catch(() => state);
        }
        assert(state.status === "SUCCEEDED", `after the restart the import is ${state.status} ${state.error ?? ""}`);
        assert(state.processedRows === records, `processed ${state.processedRows} of ${records}`);
        const written = await prisma.activity.count({ where: { organizationId: organization.id } });
        return `killed mid-write: 0 of ${records.toLocaleString("en-US")} rows written (status ${afterKill.status}); after the restart the expired job ran again and wrote them all (${before.toLocaleString("en-US")} → ${written.toLocaleString("en-US")} rows)`;
      } finally {
        await prisma.$disconnect();
        await pool.end();
      }
    });
  } catch (error) {
    results.push({ name: "fault test setup", ok: false, detail: error instanceof Error ? error.message : String(error) });
    console.log(`✗ fault test setup — ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server?.stop();
    const { stopBoss } = await import("@/lib/jobs/boss");
    await stopBoss(2_000).catch(() => undefined);
    await (database as EmbeddedPostgres | null)?.stop();
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\nfault test took ${Math.round((Date.now() - started) / 1000)} s${failed ? `; server log ${logFile}` : ""}`);
  if (!failed) fs.rmSync(workDir, { recursive: true, force: true });
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
