// The 100,000-row CSV import, end to end through the real operation (load the scope, parse,
// validate, one transaction through the bulk upsert), as an ADMIN of the bench organization; then
// the same file again, which must change nothing. Called by scripts/bench.ts.
import { addDays } from "@/lib/calendar/days";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runActivityImport, type ImportPhase } from "@/lib/server/import/run-activity-import";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

const ROWS = 100_000;
const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won", "revenue"];
const TARGET = "< 15 s";
// Days before the bench organization's year of history, so the other figures are not disturbed.
const FIRST_DAY_BACK = 400;

interface BenchImportArgs {
  prisma: PrismaClient;
  organizationId: string;
  today: string;
  report: (name: string, ms: number, target?: string) => void;
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

/** A long-format file: every rep of the organization, day after day, one row per stage, until ROWS rows. */
function longCsv(emails: readonly string[], today: string, seed: number): string {
  const lines = ["rep_email,date,stage,count"];
  let row = 0;
  for (let back = FIRST_DAY_BACK; row < ROWS; back++) {
    const day = addDays(today, -back);
    for (let rep = 0; rep < emails.length && row < ROWS; rep++) {
      for (let stage = 0; stage < STAGES.length && row < ROWS; stage++, row++) {
        // The seed changes every value from one bench run to the next, so the write is real work.
        const value = (row * 7 + seed) % 90;
        lines.push(`${emails[rep]},${day},${STAGES[stage]},${STAGES[stage] === "revenue" ? `${value * 100}.50` : value}`);
      }
    }
  }
  return lines.join("\n");
}

export async function benchImport({ prisma, organizationId, today, report }: BenchImportArgs): Promise<void> {
  const reps = await prisma.user.findMany({ where: { organizationId, role: "REP", active: true }, select: { email: true }, orderBy: { email: "asc" } });
  if (reps.length === 0) throw new Error("the bench organization has no reps to import for");
  const viewer = await benchAdminViewer(prisma, organizationId);

  const csv = longCsv(
    reps.map((rep) => rep.email),
    today,
    Date.now() % 997,
  );
  console.log(`\nCSV import (${ROWS.toLocaleString("en-US")} long-format rows, ${(csv.length / 1e6).toFixed(1)} MB, ${reps.length} reps):`);

  const phases = new Map<ImportPhase, number>();
  const started = performance.now();
  const first = await runActivityImport(viewer, { csv, fileName: "bench.csv", choice: { preset: "coachboard_long" } }, { onPhase: (phase, ms) => phases.set(phase, ms) });
  const total = performance.now() - started;
  report("import: load scope (funnel, reps, organization)", phases.get("load") ?? 0);
  report("import: parse (CSV → records)", phases.get("parse") ?? 0);
  report("import: validate (every row against reps, stages, dates)", phases.get("validate") ?? 0);
  report(`import: write, one transaction (${first.inserted.toLocaleString("en-US")} inserted, ${first.updated.toLocaleString("en-US")} updated)`, phases.get("write") ?? 0);
  report(`import ${first.rows.toLocaleString("en-US")} rows, end to end`, total, TARGET);

  const againStarted = performance.now();
  const again = await runActivityImport(viewer, { csv, fileName: "bench.csv", choice: { preset: "coachboard_long" } });
  const againTotal = performance.now() - againStarted;
  if (again.inserted + again.updated !== 0) throw new Error(`re-importing the same file changed ${again.inserted + again.updated} values`);
  report("re-import, nothing changed", againTotal, TARGET);
}
