// The 200,000-deal CRM import end to end through the real operation (load people and aliases,
// parse, check every row and owner, one transaction through the unnest upsert), the same file
// again (nothing changes), and a team's deal figures over a year through lib/server — each beside
// a raw-SQL floor measured in the same run. Called by scripts/bench.ts.
import type pg from "pg";
import { addDays } from "@/lib/calendar/days";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { benchAdminViewer } from "./bench-import";
import { median } from "./measure";

const DEALS = 200_000;
const STAGES = ["Prospecting", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed Lost"];

interface BenchDealsArgs {
  prisma: PrismaClient;
  pool: pg.Pool;
  organizationId: string;
  teamId: string;
  today: string;
  runs: number;
  report: (name: string, ms: number, target?: string, floorMs?: number) => void;
}

/** A Salesforce opportunity report: owners by name, US dates, "$12,345.00" amounts; `seed` moves every stage and amount. */
function opportunityReport(names: readonly string[], today: string, seed: number): string {
  const lines = ["Opportunity ID,Opportunity Owner,Account Name,Stage,Amount,Created Date,Close Date,Lost Reason"];
  for (let index = 0; index < DEALS; index++) {
    const owner = names[index % names.length] ?? "";
    const stage = STAGES[(index + seed) % STAGES.length] ?? "Prospecting";
    const created = addDays(today, -100 - (index % 265));
    const close = addDays(created, 10 + ((index * 7) % 90));
    const [year, month, day] = created.split("-").map(Number);
    const [closeYear, closeMonth, closeDay] = close.split("-").map(Number);
    const amount = 1_000 + ((index * 37 + seed) % 90_000);
    const closed = stage.startsWith("Closed");
    lines.push(`006B${String(index).padStart(9, "0")},${owner},Account ${index % 5000},${stage},"$${amount.toLocaleString("en-US")}.00",${month}/${day}/${year},${closed ? `${closeMonth}/${closeDay}/${closeYear}` : ""},${stage === "Closed Lost" ? "Price" : ""}`);
  }
  return lines.join("\r\n");
}

export async function benchDeals({ prisma, pool, organizationId, teamId, today, runs, report }: BenchDealsArgs): Promise<void> {
  const reps = await prisma.user.findMany({ where: { organizationId, role: "REP" }, select: { id: true, name: true }, orderBy: { email: "asc" } });
  const viewer = await benchAdminViewer(prisma, organizationId);
  const seed = Date.now() % 997;
  const csv = opportunityReport(reps.map((rep) => rep.name), today, seed);
  console.log(`\nCRM deal import (${DEALS.toLocaleString("en-US")} Salesforce opportunity rows, ${(csv.length / 1e6).toFixed(1)} MB, owners by name):`);

  const started = performance.now();
  const first = await runDealImport(viewer, { csv, choice: { preset: "salesforce" }, fileName: "bench-deals.csv" });
  const total = performance.now() - started;

  // The floor: the same number of rows written by one plain unnest INSERT into an unindexed scratch table.
  const floor = await median(Math.min(runs, 3), async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`CREATE TEMP TABLE deal_floor (e text, o text, s text, a bigint, c date, cl date) ON COMMIT DROP`);
      const ids = Array.from({ length: DEALS }, (_, index) => `F${index}`);
      const owners = Array.from({ length: DEALS }, (_, index) => reps[index % reps.length]?.id ?? "");
      const stages = Array.from({ length: DEALS }, (_, index) => STAGES[index % STAGES.length] ?? "");
      const amounts = Array.from({ length: DEALS }, (_, index) => String(index * 100));
      const days = Array.from({ length: DEALS }, (_, index) => addDays(today, -(index % 330)));
      const started = performance.now();
      await client.query(`INSERT INTO deal_floor SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::date[], $6::date[])`, [ids, owners, stages, amounts, days, days]);
      const elapsed = performance.now() - started;
      await client.query("COMMIT");
      return elapsed;
    } finally {
      client.release();
    }
  });
  report(`import ${first.deals.toLocaleString("en-US")} deals end to end (${first.new.toLocaleString("en-US")} new, ${first.changed.toLocaleString("en-US")} changed)`, total, "< 5 s", floor);

  const againStarted = performance.now();
  const again = await runDealImport(viewer, { csv, choice: { preset: "salesforce" }, fileName: "bench-deals.csv" });
  const againTotal = performance.now() - againStarted;
  if (again.new + again.changed !== 0) throw new Error(`re-importing the same deals changed ${again.new + again.changed}`);
  report("deal re-import, nothing changed", againTotal, "< 5 s", floor);

  const year = { from: addDays(today, -364), to: today };
  const teamReps = (await prisma.user.findMany({ where: { organizationId, teamId, role: "REP" }, select: { id: true } })).map((rep) => rep.id);
  const figuresFloor = await median(runs, () =>
    pool.query(
      `SELECT "ownerId", COUNT(*) FILTER (WHERE "createdOn" BETWEEN $3 AND $4), COUNT(*) FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3 AND $4), SUM("amountMinor") FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3 AND $4)
       FROM "Deal" WHERE "organizationId" = $1 AND "ownerId" = ANY($2) GROUP BY 1`,
      [organizationId, teamReps, year.from, year.to],
    ),
  );
  const figuresMs = await median(runs, () => getTeamDealFigures(viewer, teamId, year));
  report(`team deal figures over a year, ${teamReps.length}-rep team, through lib/server`, figuresMs, "a few × floor", figuresFloor);
}
