// The bench organization: 1,000 reps in teams of 12, a year of daily activity on the default
// funnel (~2.5 M rows), written through the same unnest upsert the app uses.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays } from "@/lib/calendar/days";
import { createOrganizationWithDefaults } from "@/lib/organizations/create-organization";
import { hashPassword } from "@/lib/security/password";
import { createRandom } from "../../prisma/seed/random";

export const BENCH_SLUG = "bench";
export const BENCH_REPS = 1000;
export const BENCH_TEAM_SIZE = 12;
export const BENCH_DAYS = 365;
export const BENCH_PASSWORD = "coachboard-bench";

export interface BenchOrganization {
  organizationId: string;
  teamIds: string[];
  repIds: string[];
  managerEmail: string;
  created: boolean;
  activityRows: number;
  writeSeconds: number;
}

export async function ensureBenchOrganization(prisma: PrismaClient, today: string, log: (line: string) => void): Promise<BenchOrganization> {
  const existing = await prisma.organization.findUnique({ where: { slug: BENCH_SLUG }, select: { id: true } });
  if (existing) {
    const teams = await prisma.team.findMany({ where: { organizationId: existing.id }, select: { id: true }, orderBy: { name: "asc" } });
    const reps = await prisma.user.findMany({ where: { organizationId: existing.id, role: "REP" }, select: { id: true }, orderBy: { email: "asc" } });
    const rows = await prisma.activity.count({ where: { organizationId: existing.id } });
    return { organizationId: existing.id, teamIds: teams.map((team) => team.id), repIds: reps.map((rep) => rep.id), managerEmail: "bench-manager-001@bench.test", created: false, activityRows: rows, writeSeconds: 0 };
  }
  log("building the bench organization (once; reused afterwards) …");
  const organization = await createOrganizationWithDefaults(prisma, { slug: BENCH_SLUG, name: "Bench Co", benchmarksFrom: addDays(today, -BENCH_DAYS - 30) });
  const organizationId = organization.id;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const teamCount = Math.ceil(BENCH_REPS / BENCH_TEAM_SIZE);
  const teamIds: string[] = [];
  for (let team = 1; team <= teamCount; team++) {
    const number = String(team).padStart(3, "0");
    const manager = await prisma.user.create({ data: { organizationId, email: `bench-manager-${number}@bench.test`, name: `Manager ${number}`, role: "MANAGER", passwordHash }, select: { id: true } });
    const created = await prisma.team.create({ data: { organizationId, name: `Team ${number}`, managerId: manager.id }, select: { id: true } });
    teamIds.push(created.id);
  }
  await prisma.user.createMany({
    data: Array.from({ length: BENCH_REPS }, (_, index) => ({
      organizationId,
      email: `bench-rep-${String(index + 1).padStart(4, "0")}@bench.test`,
      name: `Rep ${index + 1}`,
      role: "REP" as const,
      passwordHash,
      teamId: teamIds[Math.floor(index / BENCH_TEAM_SIZE)] ?? null,
    })),
  });
  const reps = await prisma.user.findMany({ where: { organizationId, role: "REP" }, select: { id: true }, orderBy: { email: "asc" } });
  const random = createRandom(7);
  const started = Date.now();
  let written = 0;
  let batch: ActivityRow[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await upsertActivityRows(prisma, organizationId, batch);
    written += batch.length;
    batch = [];
  };
  for (const rep of reps) {
    const skill = 0.7 + random.next() * 0.6;
    for (let offset = 1; offset <= BENCH_DAYS; offset++) {
      const day = addDays(today, -offset);
      const dials = random.int(30, 70);
      const conversations = Math.round(dials * 0.1 * skill);
      const meetings = Math.round(conversations * 0.35);
      const opportunities = random.binomial(meetings, 0.55 * Math.min(1.5, skill));
      const proposals = random.binomial(opportunities, 0.6);
      const won = random.binomial(proposals, 0.25 * skill);
      batch.push(
        { repId: rep.id, day, stage: "dials", value: dials },
        { repId: rep.id, day, stage: "conversations", value: conversations },
        { repId: rep.id, day, stage: "meetings", value: meetings },
        { repId: rep.id, day, stage: "opportunities", value: opportunities },
        { repId: rep.id, day, stage: "proposals", value: proposals },
        { repId: rep.id, day, stage: "won", value: won },
        { repId: rep.id, day, stage: "revenue", value: won * 2_400_000 },
      );
    }
    if (batch.length >= 100_000) await flush();
  }
  await flush();
  const writeSeconds = (Date.now() - started) / 1000;
  log(`wrote ${written.toLocaleString("en-US")} activity rows in ${writeSeconds.toFixed(1)} s (${Math.round(written / writeSeconds).toLocaleString("en-US")} rows/s)`);
  await prisma.$executeRawUnsafe(`ANALYZE "Activity"`);
  return { organizationId, teamIds, repIds: reps.map((rep) => rep.id), managerEmail: "bench-manager-001@bench.test", created: true, activityRows: written, writeSeconds };
}
