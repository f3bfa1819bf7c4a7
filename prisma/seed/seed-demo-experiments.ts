// The demo's coaching experiments and scored commitments (decision 0035): every demo plan was
// pre-registered when it started and has passed its review date — Dana's (East Enterprise) expected
// what the activity then delivered, Grace's (Central SMB) expected the benchmark and barely moved —
// and the one-on-ones' commitments are tied to the meeting's focus lever until the next meeting, some of
// them to a sales play, so the one-on-ones and the playbook show scored outcomes.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, dayKey, parseDay } from "@/lib/calendar/days";
import { DEFAULT_BENCHMARKS } from "@/lib/defaults/benchmarks";
import { COMMITMENT_HORIZONS } from "@/lib/validation/one-on-one-terms";
import { COACHED_LEVERS, type DemoRep } from "./demo-profiles";

/** Days from a demo plan's start to its review date: every demo plan started 56 or more days ago. */
const REVIEW_AFTER_DAYS = 42;
const COMMITMENT_HORIZON_DAYS = 14;

export async function seedDemoExperiments(
  prisma: PrismaClient,
  input: { organizationId: string; reps: readonly { id: string; rep: DemoRep; managerId: string; style: string }[] },
): Promise<void> {
  const { organizationId } = input;
  const plans = await prisma.developmentPlan.findMany({
    where: { organizationId, competency: { kind: "REP" } },
    select: { id: true, subjectId: true, ownerId: true, leverKey: true, baselineValue: true, startedOn: true, targetDate: true },
  });
  for (const plan of plans) {
    const coached = input.reps.find((entry) => entry.id === plan.subjectId);
    if (!coached?.rep.coached || plan.baselineValue === null || !plan.leverKey) continue;
    const from = plan.baselineValue;
    const { lever, improvedTo } = coached.rep.coached;
    // The profile's improvement as a share, so the expectation is in the baseline's own units.
    const improvement = improvedTo / coached.rep.profile[COACHED_LEVERS[lever]] - 1;
    // The exemplary coach expected most of the improvement the rep went on to make; the other expected the benchmark.
    const expectedTo = coached.style === "exemplary" ? from * (1 + 0.6 * improvement) : Math.max(DEFAULT_BENCHMARKS[plan.leverKey] ?? 0, from * 1.2);
    const startedOn = dayKey(plan.startedOn);
    const reviewOn = addDays(startedOn, REVIEW_AFTER_DAYS);
    await prisma.developmentPlan.update({ where: { id: plan.id }, data: { expectedFrom: from, expectedTo, reviewOn: parseDay(reviewOn) } });
    await prisma.auditLog.create({
      data: {
        organizationId,
        actorId: plan.ownerId,
        action: "plan.created",
        entityType: "DevelopmentPlan",
        entityId: plan.id,
        after: { subjectId: plan.subjectId, leverKey: plan.leverKey, startedOn, targetDate: dayKey(plan.targetDate), expectedFrom: from, expectedTo, reviewOn },
        createdAt: new Date(`${startedOn}T16:00:00Z`),
      },
    });
  }

  // Commitments agreed in a one-on-one follow its focus lever until the next meeting: the longest
  // horizon the form offers that ends before it (two weeks for a fortnightly cadence), so each
  // meeting shows what the one before agreed, scored. Every other one names the focus's first play.
  const commitments = await prisma.commitment.findMany({
    where: { organizationId, oneOnOne: { kind: "REP", focusCompetency: { leverKey: { not: null } } } },
    select: { id: true, memberId: true, oneOnOne: { select: { scheduledAt: true, focusCompetency: { select: { id: true, leverKey: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const meetings = await prisma.oneOnOne.findMany({ where: { organizationId, kind: "REP" }, select: { memberId: true, scheduledAt: true } });
  const plays = await prisma.salesPlay.findMany({ where: { organizationId, retiredAt: null }, select: { id: true, competencyId: true }, orderBy: { createdAt: "asc" } });
  for (const [index, commitment] of commitments.entries()) {
    const focus = commitment.oneOnOne?.focusCompetency;
    const agreedOn = commitment.oneOnOne?.scheduledAt;
    if (!focus?.leverKey || !agreedOn) continue;
    const next = meetings
      .filter((meeting) => meeting.memberId === commitment.memberId && meeting.scheduledAt > agreedOn)
      .reduce<Date | null>((soonest, meeting) => (soonest === null || meeting.scheduledAt < soonest ? meeting.scheduledAt : soonest), null);
    const gapDays = next ? Math.round((next.getTime() - agreedOn.getTime()) / 86_400_000) : COMMITMENT_HORIZON_DAYS;
    const horizonDays = [...COMMITMENT_HORIZONS].reverse().find((days) => days <= Math.min(gapDays, COMMITMENT_HORIZON_DAYS)) ?? COMMITMENT_HORIZONS[0];
    const play = index % 2 === 0 ? plays.find((entry) => entry.competencyId === focus.id) : undefined;
    await prisma.commitment.update({
      where: { id: commitment.id },
      data: { leverKey: focus.leverKey, horizonDays, salesPlayId: play?.id ?? null },
    });
  }
}
