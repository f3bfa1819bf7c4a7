// Coaching experiments and commitments scored by outcome (decision 0035) against PostgreSQL: the
// pre-registration is stored, audited, locked and shown; on the review date the plan is judged
// against its expectation and comparable reps; commitments tied to a lever are scored at the next
// one-on-one; the scorecard and the playbook count the outcomes, within the organization only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, dayKey, isWeekday, todayIn } from "@/lib/calendar/days";
import { InvalidInputError } from "@/lib/server/http/errors";
import { addCommitment } from "@/lib/server/commitments/add-commitment";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { createPlanFromFocus } from "@/lib/server/plans/create-plan-from-focus";
import { getPlan } from "@/lib/server/plans/get-plan";
import { updatePlan } from "@/lib/server/plans/update-plan";
import { getPlaybookOutcomes } from "@/lib/server/playbook/get-playbook-outcomes";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let today: string;
let comparables: { id: string; organizationId: string }[];
let openingPlay: { id: string };
let judgedPlanId: string;
let missedPlanId: string;

/**
 * Weekday activity from `from` to `to`: 50 dials a day with conversations at `rate` (alternating
 * days round half up and down), and every later stage at or above its benchmark — so opening is the
 * only gap.
 */
async function logOpening(organizationId: string, repId: string, from: string, to: string, rate: number) {
  const rows: { organizationId: string; repId: string; day: Date; stage: string; value: bigint }[] = [];
  let index = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!isWeekday(day)) continue;
    const exact = 50 * rate;
    const conversations = exact % 1 === 0 ? exact : index++ % 2 === 0 ? Math.floor(exact) : Math.ceil(exact);
    const counts = { dials: 50, conversations, meetings: 2, opportunities: 2, proposals: 2, won: 1, revenue: 2_400_000 };
    for (const [stage, value] of Object.entries(counts)) rows.push({ organizationId, repId, day: new Date(`${day}T00:00:00Z`), stage, value: BigInt(value) });
  }
  await db.activity.createMany({ data: rows, skipDuplicates: true });
}

async function auditsOf(organizationId: string, action: string, entityId: string) {
  return db.auditLog.findMany({ where: { organizationId, action, entityId }, select: { actorId: true, after: true } });
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme Experiments");
  globex = await createOrganizationCast("Globex Experiments");
  const organization = await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { timeZone: true } });
  today = todayIn(organization.timeZone);
  comparables = [
    acme.repB1,
    await createUser(acme.organization.id, "REP", { teamId: acme.teamB.id }),
    await createUser(acme.organization.id, "REP", { teamId: acme.teamB.id }),
  ];
  const start = addDays(today, -160);
  // repA1 opens at 5 % until 60 days ago, then at 9 % (a plan that worked); repA2 at 5 % until 20 days ago, then 9 %.
  await logOpening(acme.organization.id, acme.repA1.id, start, addDays(today, -61), 0.05);
  await logOpening(acme.organization.id, acme.repA1.id, addDays(today, -60), addDays(today, -1), 0.09);
  await logOpening(acme.organization.id, acme.repA2.id, start, addDays(today, -21), 0.05);
  await logOpening(acme.organization.id, acme.repA2.id, addDays(today, -20), addDays(today, -1), 0.09);
  for (const rep of comparables) await logOpening(acme.organization.id, rep.id, start, addDays(today, -1), 0.1);
  const competency = await db.competency.findFirstOrThrow({ where: { organizationId: acme.organization.id, leverKey: "dials_to_conversations" }, select: { id: true } });
  openingPlay = await db.salesPlay.findFirstOrThrow({ where: { organizationId: acme.organization.id, competencyId: competency.id }, select: { id: true } });
  const plan = (subjectId: string, ownerId: string, expectedTo: number) =>
    db.developmentPlan.create({
      data: {
        organizationId: acme.organization.id,
        subjectId,
        ownerId,
        competencyId: competency.id,
        leverKey: "dials_to_conversations",
        baselineValue: 0.05,
        baselineSample: 3000,
        targetValue: 0.1,
        startedOn: new Date(`${addDays(today, -60)}T00:00:00Z`),
        targetDate: new Date(`${addDays(today, 30)}T00:00:00Z`),
        expectedFrom: 0.05,
        expectedTo,
        reviewOn: new Date(`${addDays(today, -5)}T00:00:00Z`),
        routines: { create: [{ salesPlayId: openingPlay.id }] },
      },
      select: { id: true },
    });
  judgedPlanId = (await plan(acme.repA1.id, acme.managerA.id, 0.08)).id;
  // A second experiment by the same manager expected more than the rep delivered.
  const extra = await createUser(acme.organization.id, "REP", { teamId: acme.teamA.id });
  await logOpening(acme.organization.id, extra.id, addDays(today, -160), addDays(today, -1), 0.06);
  missedPlanId = (await plan(extra.id, acme.managerA.id, 0.12)).id;
}, 120_000);

describe("pre-registered experiments", () => {
  it("starting a plan stores the expected change and the review date, audited; a bad expectation or date is refused", async () => {
    const manager = await viewerFor(acme.managerA);
    // repA2's focus is opening (5 % → 9 % is still below the 10 % benchmark over 90 days).
    const tooLow = await rejection(createPlanFromFocus(manager, { repId: acme.repA2.id, window: "90", expectedTo: 1, reviewOn: addDays(today, 30) }));
    expect(tooLow).toBeInstanceOf(InvalidInputError);
    expect((tooLow as InvalidInputError).message).toMatch(/Expected value: must be above/);
    const pastReview = await rejection(createPlanFromFocus(manager, { repId: acme.repA2.id, window: "90", expectedTo: 9, reviewOn: today }));
    expect(pastReview).toBeInstanceOf(InvalidInputError);
    expect(await rejection(createPlanFromFocus(manager, { repId: acme.repA2.id, window: "90", expectedTo: 120 }))).toBeInstanceOf(InvalidInputError);

    const { id } = await createPlanFromFocus(manager, { repId: acme.repA2.id, window: "90", expectedTo: 9, reviewOn: addDays(today, 42) });
    const stored = await db.developmentPlan.findUniqueOrThrow({ where: { id }, select: { leverKey: true, baselineValue: true, expectedFrom: true, expectedTo: true, reviewOn: true } });
    expect(stored.leverKey).toBe("dials_to_conversations");
    expect(stored.expectedFrom).toBeCloseTo(stored.baselineValue ?? Number.NaN, 12);
    expect(stored.expectedTo).toBeCloseTo(0.09, 12);
    expect(dayKey(stored.reviewOn!)).toBe(addDays(today, 42));
    const [audit] = await auditsOf(acme.organization.id, "plan.created", id);
    expect(audit?.after).toMatchObject({ expectedTo: 0.09, reviewOn: addDays(today, 42) });

    // Locked: moving the target date leaves the expectation and the review date as registered, and the page shows both changes.
    await updatePlan(manager, { planId: id, targetDate: addDays(today, 100), notes: "" });
    const page = await getPlan(manager, id);
    expect(page.experiment).toMatchObject({ expectedTo: 0.09, reviewOn: addDays(today, 42), verdict: { status: "pending" } });
    expect(page.history.map((entry) => entry.action)).toEqual(["plan.created", "plan.updated"]);
    expect(page.history[1]?.after.targetDate).toBe(addDays(today, 100));
    await db.developmentPlan.delete({ where: { id } });
  });

  it("on the review date the plan is judged against its expectation and against comparable reps without a plan", async () => {
    const page = await getPlan(await viewerFor(acme.vp), judgedPlanId);
    const verdict = page.experiment!.verdict;
    expect(verdict.status).toBe("met");
    // repA2 and the three flat reps are comparable; the other rep on a plan on the same lever is not.
    expect(verdict.comparison.comparable.reps).toBe(4);
    expect(verdict.comparison.rep.before).toBeCloseTo(0.05, 2);
    expect(verdict.comparison.rep.after).toBeCloseTo(0.09, 2);
    expect(verdict.comparison.effect!).toBeGreaterThan(0.03);
    expect(verdict.comparison.interval!.low).toBeGreaterThan(0);
    expect(verdict.reasonText).toMatch(/^Met: 9 % over \d+ dials/);

    const missed = await getPlan(await viewerFor(acme.managerA), missedPlanId);
    expect(missed.experiment?.verdict.status).toBe("not_met");
  });

  it("the scorecard shows the manager's record: experiments run, share met, average effect", async () => {
    const scorecard = await getManagerScorecard(await viewerFor(acme.managerA), acme.managerA.id);
    expect(scorecard.experiments).toMatchObject({ run: 2, judged: 2, met: 1, metShare: 0.5, effectSample: 2 });
    expect(scorecard.experiments.averageEffect).not.toBeNull();
    const other = await getManagerScorecard(await viewerFor(acme.vp), acme.managerB.id);
    expect(other.experiments).toMatchObject({ run: 0, metShare: null });
  });
});

describe("commitments scored by outcome", () => {
  let nextMeetingId: string;

  it("a commitment tied to a lever, a horizon and a play is stored and audited; an unknown lever or another organization's play is refused", async () => {
    const manager = await viewerFor(acme.managerA);
    const earlier = await db.oneOnOne.create({
      data: { organizationId: acme.organization.id, coachId: acme.managerA.id, memberId: acme.repA2.id, scheduledAt: new Date(`${addDays(today, -20)}T15:00:00Z`), status: "IN_PROGRESS" },
      select: { id: true },
    });
    const input = { oneOnOneId: earlier.id, text: "Open every call with the trigger event", owner: "member" as const, dueOn: today };
    expect(await rejection(addCommitment(manager, { ...input, leverKey: "nonsense" }))).toBeInstanceOf(InvalidInputError);
    const globexPlay = await db.salesPlay.findFirstOrThrow({ where: { organizationId: globex.organization.id }, select: { id: true } });
    expect(await rejection(addCommitment(manager, { ...input, leverKey: "dials_to_conversations", salesPlayId: globexPlay.id }))).toBeInstanceOf(InvalidInputError);

    const { id } = await addCommitment(manager, { ...input, leverKey: "dials_to_conversations", horizonDays: 14, salesPlayId: openingPlay.id });
    expect(await db.commitment.findUniqueOrThrow({ where: { id }, select: { leverKey: true, horizonDays: true, salesPlayId: true } })).toEqual({
      leverKey: "dials_to_conversations",
      horizonDays: 14,
      salesPlayId: openingPlay.id,
    });
    const [audit] = await auditsOf(acme.organization.id, "commitment.created", id);
    expect(audit?.after).toMatchObject({ leverKey: "dials_to_conversations", horizonDays: 14, salesPlayId: openingPlay.id });
    await db.oneOnOne.update({ where: { id: earlier.id }, data: { status: "COMPLETED", completedAt: new Date(`${addDays(today, -20)}T16:00:00Z`) } });
    nextMeetingId = (
      await db.oneOnOne.create({
        data: { organizationId: acme.organization.id, coachId: acme.managerA.id, memberId: acme.repA2.id, scheduledAt: new Date(`${addDays(today, 1)}T15:00:00Z`) },
        select: { id: true },
      })
    ).id;
  });

  it("after the horizon the next one-on-one shows it scored against the rep's own baseline and comparable reps", async () => {
    const meeting = await getOneOnOne(await viewerFor(acme.managerA), nextMeetingId);
    expect(meeting.scoredCommitments).toHaveLength(1);
    expect(meeting.scoredCommitments[0]).toMatchObject({ status: "moved", horizonFrom: addDays(today, -20), horizonTo: addDays(today, -7) });
    expect(meeting.scoredCommitments[0]?.reasonText).toMatch(/5 % → 9 %/);
    expect(meeting.commitmentOptions.levers.map((lever) => lever.key)).toContain("dials_to_conversations");
    // The rep reads the same outcome in their own meeting.
    const asRep = await getOneOnOne(await viewerFor(acme.repA2), nextMeetingId);
    expect(asRep.scoredCommitments[0]?.status).toBe("moved");
  });

  it("the playbook counts, per play and per commitment type, how often it moved its metric — within the organization only", async () => {
    const outcomes = await getPlaybookOutcomes(await viewerFor(acme.repA1));
    // The play: one scored commitment (moved) and two judged experiments (one met, one not).
    expect(outcomes.byPlay[openingPlay.id]).toEqual({ scored: 3, moved: 2, share: 2 / 3 });
    expect(outcomes.byCommitmentType).toEqual([{ key: "dials_to_conversations", label: expect.any(String), rate: { scored: 1, moved: 1, share: 1 } }]);
    const elsewhere = await getPlaybookOutcomes(await viewerFor(globex.repA1));
    expect(elsewhere).toEqual({ byPlay: {}, byCommitmentType: [] });
  });
});
