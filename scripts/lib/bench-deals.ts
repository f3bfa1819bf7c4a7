// The 200,000-deal CRM import end to end through the real operation (load people and aliases,
// parse, check every row and owner, one transaction through the unnest upsert), the same file
// again (nothing changes), and a team's deal figures over a year through lib/server — each beside
// a floor measured in the same run (for the import: COPY of the same deals into a staging table +
// one upsert, copy-floor.ts). Called by scripts/bench.ts.
import type pg from "pg";
import { addDays } from "@/lib/calendar/days";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import { runDealImport, type DealImportPhase } from "@/lib/server/deals/run-deal-import";
import { benchAdminViewer } from "./bench-import";
import { copyFloor, verdict } from "./copy-floor";
import { median } from "./measure";

const DEALS = 200_000;
const STAGES = ["Prospecting", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed Lost"];
const OUTCOMES: Record<string, string> = { "Closed Won": "WON", "Closed Lost": "LOST" };
// Issue #19/#21: end to end within 4× the floor and under 5 s.
const FLOOR_RATIO = 4;
const LIMIT_MS = 5_000;

interface BenchDealsArgs {
  prisma: PrismaClient;
  pool: pg.Pool;
  organizationId: string;
  teamId: string;
  today: string;
  runs: number;
  report: (name: string, ms: number, target?: string, floorMs?: number) => void;
}

/** A Salesforce opportunity report: owners by name, US dates, "$12,345.00" amounts; `seed` moves every stage and amount. Also the same deals as COPY text for the floor. */
function opportunityReport(owners: readonly { id: string; name: string }[], today: string, seed: number): { csv: string; copyText: string } {
  const lines = ["Opportunity ID,Opportunity Owner,Account Name,Stage,Amount,Created Date,Close Date,Lost Reason"];
  const copyLines: string[] = [];
  for (let index = 0; index < DEALS; index++) {
    const owner = owners[index % owners.length];
    const stage = STAGES[(index + seed) % STAGES.length] ?? "Prospecting";
    const created = addDays(today, -100 - (index % 265));
    const close = addDays(created, 10 + ((index * 7) % 90));
    const [year, month, day] = created.split("-").map(Number);
    const [closeYear, closeMonth, closeDay] = close.split("-").map(Number);
    const amount = 1_000 + ((index * 37 + seed) % 90_000);
    const closed = stage.startsWith("Closed");
    const externalId = `006B${String(index).padStart(9, "0")}`;
    lines.push(`${externalId},${owner?.name ?? ""},Account ${index % 5000},${stage},"$${amount.toLocaleString("en-US")}.00",${month}/${day}/${year},${closed ? `${closeMonth}/${closeDay}/${closeYear}` : ""},${stage === "Closed Lost" ? "Price" : ""}`);
    copyLines.push([externalId, owner?.id ?? "", stage, OUTCOMES[stage] ?? "OPEN", amount * 100, created, closed ? close : "\\N", stage === "Closed Lost" ? "Price" : "\\N", `Account ${index % 5000}`].join("\t"));
  }
  return { csv: lines.join("\r\n"), copyText: `${copyLines.join("\n")}\n` };
}

export async function benchDeals({ prisma, pool, organizationId, teamId, today, runs, report }: BenchDealsArgs): Promise<void> {
  const reps = await prisma.user.findMany({ where: { organizationId, role: "REP" }, select: { id: true, name: true }, orderBy: { email: "asc" } });
  const viewer = await benchAdminViewer(prisma, organizationId);
  const seed = Date.now() % 997;
  const { csv, copyText } = opportunityReport(reps, today, seed);
  console.log(`\nCRM deal import (${DEALS.toLocaleString("en-US")} Salesforce opportunity rows, ${(csv.length / 1e6).toFixed(1)} MB, owners by name):`);

  // The floor: the same deals COPYed into a staging table and upserted into "Deal" in one statement
  // (rolled back), stamped with an import row as the import's upsert is (one more foreign key per deal).
  const floor = await copyFloor(pool, {
    before: `INSERT INTO "DealImport" ("id", "organizationId", "fileName", "status") VALUES ('bench-floor', '${organizationId}', 'floor.csv', 'RUNNING')`,
    columns: ["e text", "o text", "s text", "oc text", "a bigint", "c date", "cl date", "lr text", "ac text"],
    copyText,
    upsert: `INSERT INTO "Deal" ("organizationId", "externalId", "ownerId", "stage", "outcome", "amountMinor", "createdOn", "closeDate", "lostReason", "accountName", "lastImportId", "updatedAt")
      SELECT '${organizationId}', e, o, s, oc::"DealOutcome", a, c, cl, lr, ac, 'bench-floor', now() FROM staging
      ON CONFLICT ("organizationId", "externalId") DO UPDATE SET "ownerId" = EXCLUDED."ownerId", "stage" = EXCLUDED."stage", "outcome" = EXCLUDED."outcome", "amountMinor" = EXCLUDED."amountMinor",
        "createdOn" = EXCLUDED."createdOn", "closeDate" = EXCLUDED."closeDate", "lostReason" = EXCLUDED."lostReason", "accountName" = EXCLUDED."accountName", "lastImportId" = EXCLUDED."lastImportId", "updatedAt" = now()
      WHERE ("Deal"."ownerId", "Deal"."stage", "Deal"."outcome", "Deal"."amountMinor", "Deal"."createdOn", "Deal"."closeDate", "Deal"."lostReason", "Deal"."accountName")
        IS DISTINCT FROM (EXCLUDED."ownerId", EXCLUDED."stage", EXCLUDED."outcome", EXCLUDED."amountMinor", EXCLUDED."createdOn", EXCLUDED."closeDate", EXCLUDED."lostReason", EXCLUDED."accountName")`,
  });
  report(`deal import floor: ${floor.method}, same deals`, floor.ms);

  const phases = new Map<DealImportPhase, number>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const first = await runDealImport(viewer, { csv, choice: { preset: "salesforce" }, fileName: "bench-deals.csv" }, { onPhase: (phase, ms) => phases.set(phase, ms) });
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  report("deal import: load people, aliases, organization", phases.get("load") ?? 0);
  report("deal import: open the file (header; rows are tokenized as they are checked)", phases.get("parse") ?? 0);
  report("deal import: tokenize and check every row (ids, owners, stages, amounts, dates), beside the write", phases.get("validate") ?? 0);
  report("deal import: write, COPY + upsert per 12,500-deal slice in one transaction", phases.get("write") ?? 0, undefined, floor.ms);
  report("deal import: Node CPU time of the whole import (user + system)", (cpu.user + cpu.system) / 1000);
  report(
    `import ${first.deals.toLocaleString("en-US")} deals end to end (${first.new.toLocaleString("en-US")} new, ${first.changed.toLocaleString("en-US")} changed)`,
    total,
    `≤ ${FLOOR_RATIO}× floor and < ${LIMIT_MS / 1000} s: ${verdict(total, floor.ms, FLOOR_RATIO, LIMIT_MS)}`,
    floor.ms,
  );

  const againStarted = performance.now();
  const again = await runDealImport(viewer, { csv, choice: { preset: "salesforce" }, fileName: "bench-deals.csv" });
  const againTotal = performance.now() - againStarted;
  if (again.new + again.changed !== 0) throw new Error(`re-importing the same deals changed ${again.new + again.changed}`);
  report("deal re-import, nothing changed", againTotal, `≤ ${FLOOR_RATIO}× floor and < ${LIMIT_MS / 1000} s: ${verdict(againTotal, floor.ms, FLOOR_RATIO, LIMIT_MS)}`, floor.ms);

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
