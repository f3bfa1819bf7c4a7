// The demo's data-quality story: Nora logs her dials, meetings and deals every day, but stopped
// logging conversations two weeks ago. On the numbers alone her opening ratio (conversations /
// dials) looks like the gap to coach; the engine's data checks show it is a logging gap — a data
// problem, not a rep problem — so she has no focus until the log is fixed. Its own random sequence,
// so every other demo figure stays as it was.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { upsertActivityRows, type ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { addDays, isWeekday, parseDay } from "@/lib/calendar/days";
import { fiscalQuarterOf, previousQuarter } from "@/lib/calendar/periods";
import { createRandom } from "./random";

export const LOGGING_GAP_REP = { email: "rep25@acme.test", name: "Nora Lindqvist", team: "Central SMB" };
/** Working days (before today) since Nora last logged a conversation. */
export const LOGGING_GAP_WORKING_DAYS = 10;
const HISTORY_DAYS = 183;

export async function seedDemoLoggingGap(prisma: PrismaClient, input: { organizationId: string; today: string; passwordHash: string }): Promise<number> {
  const { organizationId, today } = input;
  const team = await prisma.team.findFirstOrThrow({ where: { organizationId, name: LOGGING_GAP_REP.team }, select: { id: true, managerId: true } });
  const rep = await prisma.user.create({
    data: { organizationId, email: LOGGING_GAP_REP.email, name: LOGGING_GAP_REP.name, role: "REP", passwordHash: input.passwordHash, teamId: team.id },
    select: { id: true },
  });
  await prisma.teamMembership.create({ data: { organizationId, userId: rep.id, teamId: team.id, startedAt: parseDay(addDays(today, -HISTORY_DAYS - 30)) } });

  // A solid rep's day (the demo's SOLID profile), every working day of the history.
  const random = createRandom(20261206);
  const rows: ActivityRow[] = [];
  let workingDays = 0;
  for (let offset = 1; offset <= HISTORY_DAYS; offset++) {
    const day = addDays(today, -offset);
    if (!isWeekday(day)) continue;
    workingDays++;
    const dials = Math.max(0, Math.round(random.normal(50, 9)));
    const conversations = random.binomial(dials, 0.1);
    const meetings = random.binomial(conversations, 0.36);
    const opportunities = random.binomial(meetings, 0.56);
    const proposals = random.binomial(opportunities, 0.6);
    // A strong closer: a raised closing benchmark (tests/e2e/benchmarks.spec.ts) leaves her story alone.
    const won = random.binomial(proposals, 0.55);
    let revenue = 0;
    for (let deal = 0; deal < won; deal++) revenue += Math.round(Math.max(0.25, random.normal(1, 0.35)) * 24_000) * 100;
    const counts: Record<string, number> = { dials, meetings, opportunities, proposals, won };
    // The gap: conversations still happen (meetings keep coming) but are no longer logged.
    if (workingDays > LOGGING_GAP_WORKING_DAYS) counts.conversations = conversations;
    for (const [stage, value] of Object.entries(counts)) rows.push({ repId: rep.id, day, stage, value });
    if (revenue > 0) rows.push({ repId: rep.id, day, stage: "revenue", value: revenue });
  }
  await prisma.$transaction(async (tx) => upsertActivityRows(tx, organizationId, rows), { timeout: 120_000 });

  // The usual $250k quarterly quota, so she is graded like her teammates.
  const current = fiscalQuarterOf(today, 1);
  for (const period of [previousQuarter(current, 1), current]) {
    await prisma.quota.create({
      data: { organizationId, repId: rep.id, period: period.key, periodStart: parseDay(period.start), periodEnd: parseDay(period.end), amountMinor: 25_000_000n, setById: team.managerId },
    });
  }
  return 1;
}
