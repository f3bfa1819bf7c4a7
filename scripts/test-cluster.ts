// npm run test:cluster — two identical `next start` instances on one database, the way a load
// balancer would run them: a session from one works on the other, sign-in failures spread over
// both lock the account on both, an import queued while instance A (WORKERS=0) serves is done by
// instance B's worker, and stopping A in the middle of a load run leaves B serving with zero
// errors. Uses DATABASE_URL (a throwaway database: truncated and re-seeded) or an embedded
// PostgreSQL in a temp dir. `--reuse-build` skips `next build` when .next holds one. Ends with
// "N passed, N failed".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addDays, todayIn } from "@/lib/calendar/days";
import { createPool, createPrismaClient } from "@/lib/db";
import { generateApiToken } from "@/lib/security/api-token";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { attemptSignIn } from "./lib/http-sign-in";
import { formatLoad, startLoad } from "./lib/load";
import { deployMigrations } from "./lib/migrations";
import { startNextServer, type RunningServer } from "./lib/next-server";
import { ensureProductionBuild } from "./lib/production-build";
import { DEMO_ADMIN, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_TEAMS } from "../prisma/seed/demo-profiles";
import { runSeed } from "../prisma/seed/run-seed";
import { truncateAllTables } from "../tests/helpers/reset-database";

const AUTH_SECRET = "cluster-test-secret-0123456789-0123456789";
const IMPORT_DAYS = 150;
const LOAD_SECONDS = 12;
const STOP_AFTER_MS = 4_000;

const results: { name: string; ok: boolean; detail: string }[] = [];
function record(name: string, ok: boolean, detail = "") {
  results.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
}

async function check(name: string, work: () => Promise<string>) {
  try {
    record(name, true, await work());
  } catch (error) {
    record(name, false, error instanceof Error ? error.message : String(error));
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function pageStatus(baseUrl: string, pathname: string, cookie?: string): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`${baseUrl}${pathname}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  await response.text();
  return { status: response.status, location: response.headers.get("location") };
}

/** 24 reps × 150 days × 6 stages = 21,600 records: above the 20,000-row job threshold. */
function largeActivityCsv(repEmails: string[], stages: string[], today: string): string {
  const lines = ["rep_email,date,stage,count"];
  repEmails.forEach((email, repIndex) => {
    for (let offset = 1; offset <= IMPORT_DAYS; offset++) {
      const day = addDays(today, -offset);
      stages.forEach((stage, stageIndex) => lines.push(`${email},${day},${stage},${Math.max(0, 60 - stageIndex * 11 + ((repIndex + offset) % 7))}`));
    }
  });
  return lines.join("\n");
}

async function main() {
  const started = Date.now();
  const reuseBuild = process.argv.includes("--reuse-build");
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-cluster-"));
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = process.env.DATABASE_URL?.trim() ?? "";
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(logDir, "pglite"), quiet: true });
    databaseUrl = embedded.url;
    console.log(`embedded PostgreSQL (PGlite) on port ${embedded.port}`);
  }
  // The embedded server takes 20 connections: keep two instances and this script under it.
  const onEmbedded = embedded !== null || process.env.DB_EMBEDDED === "1";
  const pools = onEmbedded ? { DB_POOL_MAX: "5", JOBS_POOL_MAX: "2" } : {};
  process.env.DATABASE_URL = databaseUrl;
  // This script only queues jobs; the instances run them.
  process.env.WORKERS = "0";

  const servers: RunningServer[] = [];
  const pool = createPool(databaseUrl, 2);
  const prisma = createPrismaClient(pool);
  try {
    const buildCode = await ensureProductionBuild({ reuse: reuseBuild, env: { DATABASE_URL: databaseUrl, AUTH_SECRET } });
    if (buildCode !== 0) throw new Error(`next build exited with ${buildCode}`);
    await deployMigrations(databaseUrl);
    await truncateAllTables(databaseUrl);
    await runSeed(databaseUrl);

    const logs = { a: path.join(logDir, "instance-a.log"), b: path.join(logDir, "instance-b.log") };
    const common = { DATABASE_URL: databaseUrl, AUTH_SECRET, ...pools };
    const [portA, portB] = [await freePort(), await freePort()];
    const a = await startNextServer({ port: portA, env: { ...common, WORKERS: "0" }, log: (line) => fs.appendFileSync(logs.a, line) });
    servers.push(a);
    const b = await startNextServer({ port: portB, env: { ...common, WORKERS: "1" }, log: (line) => fs.appendFileSync(logs.b, line) });
    servers.push(b);
    console.log(`instance A ${a.url} (WORKERS=0), instance B ${b.url} (workers); logs in ${logDir}`);

    const manager = DEMO_TEAMS[0]!.manager.email;
    await check("a session started on A is valid on B (and on A)", async () => {
      const signIn = await attemptSignIn(a.url, manager, DEMO_PASSWORD);
      assert(signIn.session, `sign-in on A failed (${signIn.code})`);
      const onB = await pageStatus(b.url, "/digest", signIn.session);
      const onA = await pageStatus(a.url, "/digest", signIn.session);
      const anonymous = await pageStatus(b.url, "/digest");
      assert(onB.status === 200, `B answered ${onB.status} ${onB.location ?? ""}`);
      assert(onA.status === 200, `A answered ${onA.status}`);
      assert(anonymous.status >= 300 && anonymous.status < 400 && anonymous.location?.includes("/login"), `B let an anonymous visitor in (${anonymous.status})`);
      return "GET /digest with A's cookie: 200 on both; without it B redirects to /login";
    });

    await check("five failed sign-ins spread over A and B lock the account on both", async () => {
      const email = "rep5@acme.test";
      const codes: string[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const outcome = await attemptSignIn(attempt % 2 === 0 ? a.url : b.url, email, "wrong-password");
        assert(!outcome.session, "a wrong password signed in");
        codes.push(outcome.code ?? "");
      }
      const rightOnB = await attemptSignIn(b.url, email, DEMO_PASSWORD);
      const rightOnA = await attemptSignIn(a.url, email, DEMO_PASSWORD);
      assert(!rightOnB.session && rightOnB.code === "locked", `B: the right password gave ${rightOnB.session ? "a session" : rightOnB.code}`);
      assert(!rightOnA.session && rightOnA.code === "locked", `A: the right password gave ${rightOnA.session ? "a session" : rightOnA.code}`);
      const other = await attemptSignIn(a.url, "rep6@acme.test", DEMO_PASSWORD);
      assert(other.session, "another account was locked too");
      return `failures A,B,A,B,A answered ${codes.join(",")}; the right password is then refused as locked on A and on B`;
    });

    await check("an import queued while A serves (WORKERS=0) is done by B's worker", async () => {
      const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true, timeZone: true } });
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email }, select: { id: true } });
      const reps = await prisma.user.findMany({ where: { organizationId: organization.id, role: "REP", active: true }, select: { email: true }, orderBy: { email: "asc" } });
      const stages = await prisma.funnelStage.findMany({ where: { organizationId: organization.id }, select: { key: true }, orderBy: { position: "asc" } });
      const csv = largeActivityCsv(
        reps.map((rep) => rep.email),
        stages.map((stage) => stage.key),
        todayIn(organization.timeZone),
      );
      const records = csv.split("\n").length - 1;
      const { IMPORT_JOB_THRESHOLD_ROWS } = await import("@/lib/jobs/queues");
      assert(records > IMPORT_JOB_THRESHOLD_ROWS, `only ${records} records`);
      const job = await prisma.importJob.create({
        data: { organizationId: organization.id, createdById: admin.id, fileName: "cluster-test.csv", mapping: { format: "long", columns: { repEmail: "rep_email", date: "date", stage: "stage", count: "count" } }, payload: csv },
        select: { id: true },
      });
      const { enqueueImportActivity } = await import("@/lib/jobs/enqueue");
      await enqueueImportActivity({ importJobId: job.id, organizationId: organization.id });
      const deadline = Date.now() + 120_000;
      let state = { status: "QUEUED", processedRows: 0, totalRows: 0, error: null as string | null };
      while (Date.now() < deadline && state.status !== "SUCCEEDED" && state.status !== "FAILED") {
        await new Promise((resolve) => setTimeout(resolve, 500));
        // The embedded (PGlite) server can garble a statement that arrives while another connection's
        // long transaction runs ("bind message supplies 3 parameters"): ask again.
        state = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, processedRows: true, totalRows: true, error: true } }).catch(() => state);
      }
      assert(state.status === "SUCCEEDED", `import ended ${state.status} ${state.error ?? ""}`);
      assert(state.processedRows === records && state.totalRows === records, `progress ${state.processedRows}/${state.totalRows} of ${records}`);
      const logB = fs.readFileSync(logs.b, "utf8");
      const logA = fs.existsSync(logs.a) ? fs.readFileSync(logs.a, "utf8") : "";
      assert(logB.includes(job.id), "B's log does not mention the import");
      assert(!logA.includes(job.id), "A (WORKERS=0) ran the import");
      return `${records.toLocaleString("en-US")} rows imported by B's worker; A never touched the job`;
    });

    await check("stopping A in the middle of a load run leaves B serving with zero errors", async () => {
      const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true } });
      const repIds = (await prisma.user.findMany({ where: { organizationId: organization.id, role: "REP" }, select: { id: true } })).map((rep) => rep.id);
      // The API allows 1,200 requests a minute per token (a shared PostgreSQL counter): rotate tokens.
      const tokens: string[] = [];
      for (let index = 0; index < 40; index++) {
        const { token, tokenHash, prefix } = generateApiToken();
        await prisma.apiToken.create({ data: { organizationId: organization.id, name: `cluster-load-${index}`, tokenHash, prefix } });
        tokens.push(token);
      }
      const nextRequest = (sequence: number) => ({
        path: `/api/v1/reps/${repIds[sequence % repIds.length]}/priorities?window=90`,
        headers: { authorization: `Bearer ${tokens[sequence % tokens.length]}` },
      });
      const connections = onEmbedded ? 5 : 10;
      const onA = startLoad({ label: "A (stopped after 4 s)", url: a.url, connections, seconds: LOAD_SECONDS, nextRequest });
      const onB = startLoad({ label: "B", url: b.url, connections, seconds: LOAD_SECONDS, nextRequest });
      await new Promise((resolve) => setTimeout(resolve, STOP_AFTER_MS));
      await a.stop();
      servers.splice(servers.indexOf(a), 1);
      // A's connections are refused from now on; end its run instead of counting refusals for 8 s.
      onA.stop();
      const [resultA, resultB] = await Promise.all([onA.result, onB.result]);
      console.log(`  ${formatLoad(resultA)}`);
      console.log(`  ${formatLoad(resultB)}`);
      assert(resultB.requests > 0, "B served nothing");
      assert(resultB.errors === 0 && resultB.non2xx === 0, `B had ${resultB.errors} errors and ${resultB.non2xx} non-2xx (${JSON.stringify(resultB.statusCodes)})`);
      const after = await pageStatus(b.url, "/login");
      assert(after.status === 200, `B answers ${after.status} after A stopped`);
      return `B: ${resultB.requests} requests, 0 errors, p99 ${resultB.p99.toFixed(0)} ms while A went down`;
    });
  } catch (error) {
    record("cluster setup", false, error instanceof Error ? error.message : String(error));
  } finally {
    for (const server of servers) await server.stop();
    const { stopBoss } = await import("@/lib/jobs/boss");
    await stopBoss().catch(() => undefined);
    await prisma.$disconnect();
    await pool.end();
    await embedded?.stop();
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\ncluster test took ${Math.round((Date.now() - started) / 1000)} s${failed ? `; server logs in ${logDir}` : ""}`);
  if (!failed) fs.rmSync(logDir, { recursive: true, force: true });
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
