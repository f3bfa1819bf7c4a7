// npm run bench — figures, not pass/fail: bulk write speed, the engine, team and organization
// priorities through lib/server, the priorities API, the 100k-row CSV import, and the team
// dashboard's TTFB (when a production build exists), each against the raw-SQL floor.
// Uses BENCH_DATABASE_URL, else DATABASE_URL, else an embedded PostgreSQL under .data/bench.
import fs from "node:fs";
import path from "node:path";
import { createPool, createPrismaClient } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { windowOfDays } from "@/lib/calendar/coaching-window";
import { computePriorities, poolTotals } from "@/lib/coaching";
import { generateApiToken } from "@/lib/security/api-token";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { deployMigrations } from "./lib/migrations";
import { BENCH_PASSWORD, ensureBenchOrganization } from "./lib/bench-organization";
import { formatMs, median, pairedMedians, signInOverHttp } from "./lib/measure";
import { freePort } from "./lib/embedded-postgres";
import { startNextServer } from "./lib/next-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_SERVER_ONLY=1 (kept for old notes) is BENCH_ONLY=server,ttfb.
const sections = new Set((process.env.BENCH_ONLY ?? (process.env.BENCH_SERVER_ONLY === "1" ? "server,ttfb" : "server,imports,deals,ttfb")).split(",").map((name) => name.trim()));
const results: { name: string; value: string; target?: string; ratio?: string }[] = [];
const log = (line: string) => console.log(line);

function report(name: string, ms: number, target?: string, floorMs?: number) {
  results.push({ name, value: formatMs(ms), target, ratio: floorMs ? `${(ms / floorMs).toFixed(2)}× floor` : undefined });
  log(`  ${name}: ${formatMs(ms)}${floorMs ? ` (${(ms / floorMs).toFixed(2)}× the raw-SQL floor of ${formatMs(floorMs)})` : ""}${target ? ` — target ${target}` : ""}`);
}

async function main() {
  const configured = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const embedded = configured ? null : await startEmbeddedPostgres({ dataDir: path.resolve(".data/bench"), quiet: true });
  const databaseUrl = configured ?? embedded!.url;
  process.env.DATABASE_URL = databaseUrl;
  log(`database: ${embedded ? "embedded PGlite (.data/bench)" : "DATABASE_URL"}`);
  await deployMigrations(databaseUrl);
  const pool = createPool(databaseUrl, 10);
  const prisma = createPrismaClient(pool);
  const today = todayIn("America/New_York");
  try {
    const bench = await ensureBenchOrganization(prisma, today, log);
    const { organizationId } = bench;
    // The import benchmarks below rewrite every deal and activity row of the organization; until
    // autovacuum has passed, the next run's reads would wade through the dead versions (the deal
    // counts of team priorities took 6 ms instead of 2). Every run starts from a vacuumed table.
    for (const table of ["Activity", "Deal"]) await pool.query(`VACUUM ANALYZE "${table}"`);
    log(`bench organization: ${bench.repIds.length} reps, ${bench.teamIds.length} teams, ${bench.activityRows.toLocaleString("en-US")} activity rows`);
    if (bench.created) results.push({ name: "bulk write (unnest upsert)", value: `${Math.round(bench.activityRows / bench.writeSeconds).toLocaleString("en-US")} rows/s` });

    const { computeCoaching, loadTeamRoster } = await import("@/lib/server/coaching/compute-coaching");
    const { loadOrganizationCoachingSettings } = await import("@/lib/server/coaching/load-organization-coaching-settings");
    const window = windowOfDays(90, today);
    const teamId = bench.teamIds[0]!;
    const teamRepIds = (await loadTeamRoster(organizationId, teamId)).map((rep) => rep.id);

    const { token, tokenHash, prefix } = generateApiToken();
    await prisma.apiToken.create({ data: { organizationId, name: "bench", tokenHash, prefix } });
    const repId = teamRepIds[0]!;
    // BENCH_ONLY picks sections (server, imports, deals, ttfb; all by default); the server figures
    // and the TTFB take a minute, the imports several.
    if (sections.has("server")) {
      log("\nCoachboard:");
      const settings = await loadOrganizationCoachingSettings(organizationId);
      const allReps = await prisma.user.findMany({ where: { organizationId, role: "REP" }, select: { id: true, name: true, email: true, teamId: true } });
      const orgGroup = await computeCoaching({ organizationId, teamId: null, reps: allReps, window, settings });
      const totals = orgGroup.reps.map((rep) => rep.totals);
      const prior = poolTotals(totals);
      const benchmarks = Object.fromEntries(Object.entries(orgGroup.benchmarks).filter(([, value]) => value !== null)) as Record<string, NonNullable<(typeof orgGroup.benchmarks)[string]>>;
      const engineMs = await median(RUNS, () => {
        for (const subject of totals) computePriorities({ stages: settings.stages, subject, prior, benchmarks, competencies: settings.competencies });
      });
      report(`engine alone for ${totals.length} reps`, engineMs, "< 50 ms");
      // Each figure against its floor (plain SQL, same rows), the two alternated run by run.
      const teamSums = () =>
        pool.query(`SELECT "repId", "stage", SUM("value") FROM "Activity" WHERE "organizationId" = $1 AND "repId" = ANY($2) AND "day" BETWEEN $3 AND $4 GROUP BY 1, 2`, [organizationId, teamRepIds, window.from, window.to]);
      const teamPriorities = async () => computeCoaching({ organizationId, teamId, reps: await loadTeamRoster(organizationId, teamId), window });
      // A team's figures take milliseconds: more runs than the slow figures, so the medians settle.
      const teamRuns = Math.max(3 * RUNS, 31);
      const team = await pairedMedians(teamRuns, teamSums, teamPriorities);
      report("floor: one team's per-rep per-stage sums, 90 days", team.floor);
      report(`team priorities, ${teamRepIds.length}-rep team, through lib/server`, team.measured, "< 100 ms and ≤ 2× floor", team.floor);
      // Once the import benches have run, the organization counts opportunities, wins and revenue
      // from its CRM deals, which the activity sums above do not read: the same figure against a
      // floor that reads the same facts (the sums and the deal counts, side by side), for the record.
      const { rows: dealRows } = await pool.query<{ hasDeals: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Deal" WHERE "organizationId" = $1) AS "hasDeals"`, [organizationId]);
      const hasDeals = dealRows[0]?.hasDeals === true;
      const dealCounts = (ownerIds: readonly string[]) =>
        pool.query(
          // The same counts over the deals created or closed in the window only (closed in or after
          // it, or still open: a deal cannot close before it was created), as the server reads them.
          `SELECT "ownerId", COUNT(*) FILTER (WHERE "createdOn" BETWEEN $3 AND $4), COUNT(*) FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3 AND $4), SUM("amountMinor") FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3 AND $4)
           FROM "Deal" WHERE "organizationId" = $1 AND "ownerId" = ANY($2) AND ("closeDate" >= $3 OR ("closeDate" IS NULL AND "createdOn" BETWEEN $3 AND $4)) GROUP BY 1`,
          [organizationId, [...ownerIds], window.from, window.to],
        );
      if (hasDeals) {
        const sameFacts = await pairedMedians(teamRuns, () => Promise.all([teamSums(), dealCounts(teamRepIds)]), teamPriorities);
        report("floor: the same sums and the team's deal counts side by side", sameFacts.floor);
        report(`team priorities against that floor (for the record)`, sameFacts.measured, undefined, sameFacts.floor);
      }
      const orgSums = () => pool.query(`SELECT "repId", "stage", SUM("value") FROM "Activity" WHERE "organizationId" = $1 AND "day" BETWEEN $2 AND $3 GROUP BY 1, 2`, [organizationId, window.from, window.to]);
      const rollup = () => computeCoaching({ organizationId, teamId: null, reps: allReps, window });
      const org = await pairedMedians(Math.min(RUNS, 7), orgSums, rollup);
      report("floor: org-wide per-rep per-stage sums, 90 days", org.floor);
      report(`organization rollup, ${allReps.length} reps, through lib/server`, org.measured, "< 1 s and ≤ 1.5× floor", org.floor);
      if (hasDeals) {
        const allRepIds = allReps.map((rep) => rep.id);
        const sameFacts = await pairedMedians(Math.min(RUNS, 7), () => Promise.all([orgSums(), dealCounts(allRepIds)]), rollup);
        report("floor: the same sums and every rep's deal counts side by side", sameFacts.floor);
        report("organization rollup against that floor (for the record)", sameFacts.measured, undefined, sameFacts.floor);
      }

      const { GET: getPriorities } = await import("@/app/api/v1/reps/[id]/priorities/route");
      const apiMs = await median(RUNS, async () => {
        const response = await getPriorities(new Request(`http://bench/api/v1/reps/${repId}/priorities?window=90`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: repId }) });
        if (response.status !== 200) throw new Error(`priorities API answered ${response.status}`);
        await response.text();
      });
      report("GET /api/v1/reps/{id}/priorities (route handler, in process)", apiMs);
    }

    // The import benchmark ships with the import feature; a variable specifier keeps this file independent of it.
    const importBenchModule = "./lib/bench-import";
    const importBench = (await import(importBenchModule).catch(() => null)) as null | {
      benchImport: (args: { prisma: typeof prisma; pool: typeof pool; organizationId: string; today: string; report: typeof report }) => Promise<void>;
    };
    if (importBench && sections.has("imports")) await importBench.benchImport({ prisma, pool, organizationId, today, report });
    const { benchDeals } = await import("./lib/bench-deals");
    if (sections.has("deals")) await benchDeals({ prisma, pool, organizationId, teamId, today, runs: RUNS, report });

    if (sections.has("ttfb") && fs.existsSync(".next/BUILD_ID")) {
      log("\nproduction server (next start):");
      const port = await freePort();
      const server = await startNextServer({ port, env: { DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789-0123456789-0123", WORKERS: "0" } });
      try {
        const cookie = await signInOverHttp(server.url, bench.managerEmail, BENCH_PASSWORD);
        const ttfb = await median(RUNS, async () => {
          const started = performance.now();
          const response = await fetch(`${server.url}/team/${teamId}`, { headers: { cookie } });
          const reader = response.body?.getReader();
          await reader?.read();
          const elapsed = performance.now() - started;
          await reader?.cancel();
          if (response.status !== 200) throw new Error(`team dashboard answered ${response.status}`);
          return elapsed;
        });
        report(`team dashboard TTFB, ${teamRepIds.length}-rep team`, ttfb, "< 300 ms");
        const apiHttp = await median(RUNS, async () => {
          const response = await fetch(`${server.url}/api/v1/reps/${repId}/priorities`, { headers: { authorization: `Bearer ${token}` } });
          await response.text();
        });
        report("GET /api/v1/reps/{id}/priorities over HTTP", apiHttp);
      } finally {
        await server.stop();
      }
    } else if (sections.has("ttfb")) {
      log("\n(no production build: run `npm run build` first for the TTFB figures)");
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
    await embedded?.stop();
  }
  log("\nsummary:");
  for (const result of results) log(`  ${result.name.padEnd(64)} ${result.value.padStart(14)}${result.ratio ? `  ${result.ratio}` : ""}${result.target ? `  (target ${result.target})` : ""}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
