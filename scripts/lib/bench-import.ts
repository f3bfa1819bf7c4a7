// The 100,000-row CSV import, end to end through the real operation (load the scope, parse,
// validate, one transaction through the bulk upsert), as an ADMIN of the bench organization, beside
// the COPY-into-staging + upsert floor of the same rows measured in the same run (copy-floor.ts);
// then the same file again, which must change nothing. Called by scripts/bench.ts.
import type pg from "pg";
import { addDays } from "@/lib/calendar/days";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runActivityImport, type ImportPhase } from "@/lib/server/import/run-activity-import";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { copyFloor, verdict } from "./copy-floor";

const ROWS = 100_000;
const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won", "revenue"];
// Issue #21: end to end within 4× the floor and under 2 s on this machine.
const FLOOR_RATIO = 4;
const LIMIT_MS = 2_000;
// Days before the bench organization's year of history, so the other figures are not disturbed.
const FIRST_DAY_BACK = 400;

interface BenchImportArgs {
  prisma: PrismaClient;
  pool: pg.Pool;
  organizationId: string;
  today: string;
  report: (name: string, ms: number, target?: string, floorMs?: number) => void;
}

/**
 * The bench organization's ADMIN as a viewer, built from the user row the way the app's viewer is
 * (get-viewer.ts itself pulls in next-auth and next/navigation, which do not load in a script).
 */
export async function benchAdminViewer(prisma: PrismaClient, organizationId: string): Promise<Viewer> {
  const select = {
    id: true,
    name: true,
    email: true,
    role: true,
    organizationId: true,
    teamId: true,
    organization: { select: { name: true, slug: true, currency: true, timeZone: true } },
  } as const;
  const admin =
    (await prisma.user.findFirst({ where: { organizationId, role: "ADMIN", active: true }, select, orderBy: { email: "asc" } })) ??
    (await prisma.user.create({ data: { organizationId, role: "ADMIN", email: "bench-admin@bench.test", name: "Bench Admin" }, select }));
  return { kind: "user", tokenId: null, managedTeamIds: [], ...admin };
}

/** A long-format file: every rep of the organization, day after day, one row per stage, until ROWS rows; and the same rows as COPY text for the floor. */
function longCsv(reps: readonly { id: string; email: string }[], today: string, seed: number): { csv: string; copyText: string } {
  const lines = ["rep_email,date,stage,count"];
  const copyLines: string[] = [];
  let row = 0;
  for (let back = FIRST_DAY_BACK; row < ROWS; back++) {
    const day = addDays(today, -back);
    for (let rep = 0; rep < reps.length && row < ROWS; rep++) {
      for (let stage = 0; stage < STAGES.length && row < ROWS; stage++, row++) {
        // The seed changes every value from one bench run to the next, so the write is real work.
        // Every day with revenue has a deal won (the import refuses revenue without one).
        const value = STAGES[stage] === "won" ? 1 + ((row + seed) % 5) : (row * 7 + seed) % 90;
        const revenue = STAGES[stage] === "revenue";
        lines.push(`${reps[rep]!.email},${day},${STAGES[stage]},${revenue ? `${value * 100}.50` : value}`);
        copyLines.push(`${reps[rep]!.id}\t${day}\t${STAGES[stage]}\t${revenue ? value * 10_000 + 50 : value}`);
      }
    }
  }
  return { csv: lines.join("\n"), copyText: `${copyLines.join("\n")}\n` };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export async function benchImport({ prisma, pool, organizationId, today, report }: BenchImportArgs): Promise<void> {
  const reps = await prisma.user.findMany({ where: { organizationId, role: "REP", active: true }, select: { id: true, email: true }, orderBy: { email: "asc" } });
  if (reps.length === 0) throw new Error("the bench organization has no reps to import for");
  const viewer = await benchAdminViewer(prisma, organizationId);

  const { csv, copyText } = longCsv(reps, today, Date.now() % 997);
  console.log(`\nCSV import (${ROWS.toLocaleString("en-US")} long-format rows, ${(csv.length / 1e6).toFixed(1)} MB, ${reps.length} reps):`);

  const floor = await copyFloor(pool, {
    columns: ["r text", "d date", "s text", "v bigint"],
    copyText,
    upsert: `INSERT INTO "Activity" ("organizationId", "repId", "day", "stage", "value", "updatedAt") SELECT '${organizationId}', r, d, s, v, now() FROM staging
      ON CONFLICT ("organizationId", "repId", "day", "stage") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now() WHERE "Activity"."value" IS DISTINCT FROM EXCLUDED."value"`,
  });
  report(`import floor: ${floor.method}, same rows`, floor.ms);

  const phases = new Map<ImportPhase, number>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const first = await runActivityImport(viewer, { csv, fileName: "bench.csv", choice: { preset: "coachboard_long" } }, { onPhase: (phase, ms) => phases.set(phase, ms) });
  const total = performance.now() - started;
  const cpu = cpuMs(cpuBefore);
  report("import: load scope (funnel, reps, organization)", phases.get("load") ?? 0);
  report("import: parse (CSV → records)", phases.get("parse") ?? 0);
  report("import: validate (every row against reps, stages, dates)", phases.get("validate") ?? 0);
  report(`import: write, COPY/unnest + one transaction (${first.inserted.toLocaleString("en-US")} inserted, ${first.updated.toLocaleString("en-US")} updated)`, phases.get("write") ?? 0, undefined, floor.ms);
  report(`import: Node CPU time of the whole import (user + system)`, cpu);
  report(
    `import ${first.rows.toLocaleString("en-US")} rows, end to end`,
    total,
    `≤ ${FLOOR_RATIO}× floor and < ${LIMIT_MS / 1000} s: ${verdict(total, floor.ms, FLOOR_RATIO, LIMIT_MS)}`,
    floor.ms,
  );

  const againStarted = performance.now();
  const again = await runActivityImport(viewer, { csv, fileName: "bench.csv", choice: { preset: "coachboard_long" } });
  const againTotal = performance.now() - againStarted;
  if (again.inserted + again.updated !== 0) throw new Error(`re-importing the same file changed ${again.inserted + again.updated} values`);
  report("re-import, nothing changed", againTotal, `≤ ${FLOOR_RATIO}× floor and < ${LIMIT_MS / 1000} s: ${verdict(againTotal, floor.ms, FLOOR_RATIO, LIMIT_MS)}`, floor.ms);
}
