// The coaching scorecard against PostgreSQL: every metric on a small hand-built organization with
// exact expected numbers, the rep-feedback anonymity threshold through the server functions, who
// may read whose scorecard, and leader development plans (created by the VP from the priority,
// audited, one active per competency, and never visible through the rep-plan screens).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, startOfIsoWeek, todayIn, dayKey } from "@/lib/calendar/days";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { createLeaderPlan } from "@/lib/server/scorecard/create-leader-plan";
import { getPlan } from "@/lib/server/plans/get-plan";
import { listPlans } from "@/lib/server/plans/list-plans";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { getOrganizationScorecards } from "@/lib/server/scorecard/get-organization-scorecards";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
type Person = { id: string; organizationId: string };
let acme: Cast;
let globex: Cast;
let repA3: Person;
let repB2: Person;
const ZONE = "America/New_York";
const today = () => todayIn(ZONE);
const ago = (days: number) => addDays(today(), -days);
const at = (day: string, time = "15:00") => new Date(`${day}T${time}:00Z`);

async function oneAudit<T>(organizationId: string, action: string, work: () => Promise<T>): Promise<T> {
  const before = await db.auditLog.count({ where: { organizationId, action } });
  const total = await db.auditLog.count({ where: { organizationId } });
  const result = await work();
  expect(await db.auditLog.count({ where: { organizationId, action } }), action).toBe(before + 1);
  expect(await db.auditLog.count({ where: { organizationId } }), `${action}: exactly one record`).toBe(total + 1);
  return result;
}

/** Completed one-on-ones of a manager with a rep, `days` ago; the first `withFocus` of them worked a focus. */
async function meetings(coach: Person, member: Person, days: number[], withFocus = days.length): Promise<string[]> {
  const focus = await db.competency.findFirstOrThrow({ where: { organizationId: coach.organizationId, kind: "REP" }, select: { id: true } });
  const ids: string[] = [];
  for (const [index, offset] of days.entries()) {
    const meeting = await db.oneOnOne.create({
      data: {
        organizationId: coach.organizationId,
        kind: "REP",
        coachId: coach.id,
        memberId: member.id,
        scheduledAt: at(ago(offset)),
        startedAt: at(ago(offset)),
        completedAt: at(ago(offset), "15:45"),
        status: "COMPLETED",
        focusCompetencyId: index < withFocus ? focus.id : null,
      },
      select: { id: true },
    });
    ids.push(meeting.id);
  }
  return ids;
}

type Outcome = "onTime" | "late" | "missed" | "overdue" | "notYetDue";
async function commitment(member: Person, outcome: Outcome, owner: Person = member, options: { completedAt?: Date | null } = {}) {
  const dueOn = outcome === "overdue" ? ago(2) : outcome === "notYetDue" ? addDays(today(), 5) : ago(20);
  const status = outcome === "onTime" || outcome === "late" ? "DONE" : outcome === "missed" ? "MISSED" : "OPEN";
  const completedAt = outcome === "onTime" ? at(ago(21), "16:00") : outcome === "late" ? at(ago(15), "16:00") : null;
  return db.commitment.create({
    data: {
      organizationId: member.organizationId,
      memberId: member.id,
      ownerId: owner.id,
      text: `A ${outcome} commitment`,
      dueOn: new Date(`${dueOn}T00:00:00Z`),
      status,
      completedAt: options.completedAt === undefined ? completedAt : options.completedAt,
      createdById: owner.id,
    },
    select: { id: true },
  });
}

async function feedback(meetingId: string, coach: Person, rating: number, comment: string | null, daysAgo: number) {
  await db.coachingFeedback.create({ data: { organizationId: coach.organizationId, oneOnOneId: meetingId, coachId: coach.id, rating, comment, createdAt: at(ago(daysAgo), "18:00") } });
}

/** One row per Monday: proposals and wins, from `fromWeek` to `toWeek` (Mondays), so weekly totals are exact. */
async function weeklyClosing(rep: Person, fromWeek: string, toWeek: string, proposals: number, won: number) {
  const rows = [];
  for (let week = fromWeek; week <= toWeek; week = addDays(week, 7)) {
    for (const [stage, value] of Object.entries({ proposals, won })) rows.push({ organizationId: rep.organizationId, repId: rep.id, day: new Date(`${week}T00:00:00Z`), stage, value: BigInt(value) });
  }
  await db.activity.createMany({ data: rows });
}

let planStart = "";

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  const organizationId = acme.organization.id;
  repA3 = await createUser(organizationId, "REP", { teamId: acme.teamA.id });
  repB2 = await createUser(organizationId, "REP", { teamId: acme.teamB.id });
  // Everyone joined their team long before the windows start (the organization's default cadence is biweekly).
  for (const [rep, team] of [
    [acme.repA1, acme.teamA],
    [acme.repA2, acme.teamA],
    [repA3, acme.teamA],
    [acme.repB1, acme.teamB],
    [repB2, acme.teamB],
  ] as const)
    await db.teamMembership.create({ data: { organizationId, userId: rep.id, teamId: team.id, startedAt: at(ago(400)) } });

  // Cadence (biweekly: 6 expected in 90 days, 5 keep it). Team A: 6, 3 and 5 → 2 of 3 kept; team B: 6 and 6.
  // Focus: team A 7 of 14 one-on-ones; team B all 12.
  const a1 = await meetings(acme.managerA, acme.repA1, [5, 19, 33, 47, 61, 75]);
  const a2 = await meetings(acme.managerA, acme.repA2, [5, 33, 61], 1);
  await meetings(acme.managerA, repA3, [5, 19, 33, 47, 61], 0);
  const b1 = await meetings(acme.managerB, acme.repB1, [6, 20, 34, 48, 62, 76]);
  await meetings(acme.managerB, repB2, [6, 20, 34, 48, 62, 76]);
  // The window before: a single meeting, so nobody kept the cadence then.
  await meetings(acme.managerA, acme.repA1, [100]);

  // Team A's commitments: 4 on time, 1 late, 1 missed, 1 overdue → 4 of 7. Left out: one not yet due,
  // one missed but carried over (its successor is judged instead), and one the manager owns.
  for (const rep of [acme.repA1, acme.repA1, acme.repA2, repA3]) await commitment(rep, "onTime");
  await commitment(acme.repA2, "late");
  await commitment(repA3, "missed");
  await commitment(acme.repA1, "overdue");
  await commitment(acme.repA2, "notYetDue");
  const carried = await db.commitment.create({
    data: { organizationId, memberId: repA3.id, ownerId: repA3.id, text: "Carried over", dueOn: new Date(`${ago(30)}T00:00:00Z`), status: "MISSED", createdById: acme.managerA.id },
    select: { id: true },
  });
  await db.commitment.create({
    data: { organizationId, memberId: repA3.id, ownerId: repA3.id, text: "Carried over", dueOn: new Date(`${addDays(today(), 4)}T00:00:00Z`), carriedFromId: carried.id, createdById: acme.managerA.id },
  });
  await commitment(acme.repA1, "onTime", acme.managerA);
  // Team B: 5 of 6.
  for (const rep of [acme.repB1, acme.repB1, acme.repB1, repB2, repB2]) await commitment(rep, "onTime");
  await commitment(repB2, "missed");
  // Manager A's own commitments from their VP one-on-ones: 2 of 3 (one done with no completion date recorded).
  await commitment(acme.managerA, "onTime");
  await commitment(acme.managerA, "onTime", acme.managerA, { completedAt: null });
  await commitment(acme.managerA, "missed");

  // Rep feedback: three answers for manager A, two for manager B.
  await feedback(a1[0] ?? "", acme.managerA, 5, "Keep the role-plays", 4);
  await feedback(a1[1] ?? "", acme.managerA, 4, null, 18);
  await feedback(a2[0] ?? "", acme.managerA, 3, "Shorter, please", 4);
  await feedback(b1[0] ?? "", acme.managerB, 2, "Manager B secret", 5);
  await feedback(b1[1] ?? "", acme.managerB, 3, null, 19);

  // Coached against uncoached on the win rate: manager A's three reps started closing plans 35 days ago and
  // went from 2 of 8 proposals a week (25 %) to 3 of 8 (37.5 %), up 50 %; three reps without a plan stayed at 25 %.
  planStart = ago(35);
  const startWeek = startOfIsoWeek(planStart);
  const beforeFrom = addDays(startWeek, -7 * 13);
  const thisWeek = startOfIsoWeek(today());
  const closing = await db.competency.findFirstOrThrow({ where: { organizationId, kind: "REP", leverKey: "proposals_to_won" }, select: { id: true } });
  for (const rep of [acme.repA1, acme.repA2, repA3]) {
    await weeklyClosing(rep, beforeFrom, addDays(startWeek, -7), 8, 2);
    await weeklyClosing(rep, startWeek, thisWeek, 8, 3);
  }
  for (let index = 0; index < 3; index++) {
    const uncoached = await createUser(organizationId, "REP");
    await weeklyClosing(uncoached, beforeFrom, thisWeek, 8, 2);
  }
  for (const [rep, achieved] of [
    [acme.repA1, true],
    [acme.repA2, false],
    [repA3, false],
  ] as const) {
    await db.developmentPlan.create({
      data: {
        organizationId,
        subjectId: rep.id,
        ownerId: acme.managerA.id,
        competencyId: closing.id,
        leverKey: "proposals_to_won",
        baselineValue: 0.25,
        // No target: the rep-plan screens leave these plans as they are.
        targetValue: null,
        startedOn: new Date(`${planStart}T00:00:00Z`),
        targetDate: new Date(`${addDays(planStart, 90)}T00:00:00Z`),
        ...(achieved ? { status: "ACHIEVED" as const, activeSlot: null, closedAt: at(ago(5)), resultValue: 0.375, resultSample: 40 } : {}),
      },
    });
  }
}, 120_000);

const metricOf = (card: { metrics: { key: string; current: unknown; median: unknown; trend: unknown[] }[] }, key: string) => {
  const metric = card.metrics.find((entry) => entry.key === key);
  if (!metric) throw new Error(`no metric ${key}`);
  return metric as { key: string; current: { status: string; value: number | null; sample: number; comparison?: Record<string, unknown> }; median: { value: number | null; managers: number }; trend: { reading: { status: string; value: number | null; sample: number } }[] };
};

describe("the scorecard's numbers on a hand-built organization", () => {
  it("reads each metric of manager A exactly, with the median manager beside it", async () => {
    const card = await getManagerScorecard(await viewerFor(acme.managerA), acme.managerA.id);
    expect(card.windows.at(-1)).toEqual({ from: ago(89), to: today() });

    const cadence = metricOf(card, "cadence_kept");
    expect(cadence.current).toMatchObject({ status: "measured", sample: 3 });
    expect(cadence.current.value).toBeCloseTo(2 / 3);
    // The median of 2/3 and 1.
    expect(cadence.median.value).toBeCloseTo(5 / 6);
    expect(cadence.median.managers).toBe(2);
    // The window before: one meeting in 90 days, nobody on cadence.
    expect(cadence.trend.at(-2)?.reading).toMatchObject({ status: "measured", value: 0, sample: 3 });
    expect(cadence.trend).toHaveLength(4);

    const team = metricOf(card, "team_commitments_on_time");
    expect(team.current).toMatchObject({ status: "measured", sample: 7 });
    expect(team.current.value).toBeCloseTo(4 / 7);
    expect(team.median.value).toBeCloseTo((4 / 7 + 5 / 6) / 2);
    const own = metricOf(card, "own_commitments_on_time");
    expect(own.current).toMatchObject({ status: "measured", sample: 3 });
    expect(own.current.value).toBeCloseTo(2 / 3);

    expect(metricOf(card, "focus_worked").current).toMatchObject({ status: "measured", value: 0.5, sample: 14 });
    expect(metricOf(card, "focus_worked").median.value).toBeCloseTo(0.75);
    expect(metricOf(card, "plans_started").current).toMatchObject({ status: "measured", value: 3 });
    expect(metricOf(card, "plans_achieved").current).toMatchObject({ status: "measured", value: 1 });

    const coached = metricOf(card, "coached_ratio_change");
    expect(coached.current.status).toBe("measured");
    expect(coached.current.value).toBeCloseTo(0.5);
    expect(coached.current.comparison).toMatchObject({ coachedPlans: 3, comparableReps: 3 });
    expect(coached.current.comparison?.uncoachedMeanChange).toBeCloseTo(0);

    // Cadence is 20 % below the median manager, commitments about 19 %: coaching is the priority.
    expect(card.priority).toMatchObject({ status: "priority", competency: { name: "Coaching" }, metric: "cadence_kept" });
    expect(card.manager).toMatchObject({ id: acme.managerA.id, cadence: "BIWEEKLY", repCount: 3 });
  });

  it("gives the VP every manager with the medians, and manager B no clear priority", async () => {
    const board = await getOrganizationScorecards(await viewerFor(acme.vp));
    expect(board.managers.map((manager) => manager.id).sort()).toEqual([acme.managerA.id, acme.managerB.id].sort());
    const b = board.managers.find((manager) => manager.id === acme.managerB.id);
    expect(b && metricOf(b, "cadence_kept").current).toMatchObject({ status: "measured", value: 1, sample: 2 });
    expect(b && metricOf(b, "team_commitments_on_time").current.value).toBeCloseTo(5 / 6);
    expect(b && metricOf(b, "coached_ratio_change").current.status).toBe("not_enough_data");
    expect(b?.priority).toMatchObject({ status: "no_clear_priority", reason: "at_or_above_median" });
    expect(board.medians.metrics.cadence_kept.at(-1)?.value).toBeCloseTo(5 / 6);
    // The table never carries free text.
    expect(JSON.stringify(board)).not.toContain("Keep the role-plays");
  });
});

describe("rep feedback and the anonymity threshold", () => {
  it("shows manager A (3 answers) the average, the count and the comments, without names or dates", async () => {
    const card = await getManagerScorecard(await viewerFor(acme.managerA), acme.managerA.id);
    expect(card.feedback.current).toMatchObject({ status: "shown", average: 4, count: 3 });
    if (card.feedback.current.status !== "shown") throw new Error("expected feedback");
    expect([...card.feedback.current.comments].sort()).toEqual(["Keep the role-plays", "Shorter, please"]);
    // The VP reads the same; an ADMIN gets the aggregate only.
    const forVp = await getManagerScorecard(await viewerFor(acme.vp), acme.managerA.id);
    expect(forVp.feedback.current).toMatchObject({ status: "shown", count: 3 });
    const forAdmin = await getManagerScorecard(await viewerFor(acme.admin), acme.managerA.id);
    expect(forAdmin.feedback.current).toEqual({ status: "shown", average: 4, count: 3, comments: [] });
  });

  it("hides manager B's two answers — no average, no count, no comment — and shows them at the third", async () => {
    const hidden = await getManagerScorecard(await viewerFor(acme.vp), acme.managerB.id);
    expect(hidden.feedback.current).toEqual({ status: "below_threshold", needed: 3 });
    expect(JSON.stringify(hidden)).not.toContain("Manager B secret");
    const own = await getManagerScorecard(await viewerFor(acme.managerB), acme.managerB.id);
    expect(own.feedback.current).toEqual({ status: "below_threshold", needed: 3 });
    expect(JSON.stringify(own)).not.toContain("Manager B secret");

    const [third] = await meetings(acme.managerB, acme.repB1, [3]);
    await feedback(third ?? "", acme.managerB, 4, null, 2);
    const shown = await getManagerScorecard(await viewerFor(acme.managerB), acme.managerB.id);
    expect(shown.feedback.current).toEqual({ status: "shown", average: 3, count: 3, comments: ["Manager B secret"] });
  });
});

describe("who reads whose scorecard", () => {
  it("a manager reads their own, never another manager's", async () => {
    expect(await rejection(getManagerScorecard(await viewerFor(acme.managerA), acme.managerB.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getOrganizationScorecards(await viewerFor(acme.managerA)))).toBeInstanceOf(ForbiddenError);
  });

  it("a rep reads none", async () => {
    const rep = await viewerFor(acme.repA1);
    expect(await rejection(getManagerScorecard(rep, acme.managerA.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getOrganizationScorecards(rep))).toBeInstanceOf(ForbiddenError);
  });

  it("another organization's VP, or a rep's id, is NotFound", async () => {
    expect(await rejection(getManagerScorecard(await viewerFor(globex.vp), acme.managerA.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getManagerScorecard(await viewerFor(acme.vp), acme.repA1.id))).toBeInstanceOf(NotFoundError);
    const board = await getOrganizationScorecards(await viewerFor(globex.vp));
    expect(board.managers.map((manager) => manager.id)).not.toContain(acme.managerA.id);
  });
});

describe("leader development plans", () => {
  let planId = "";
  const coachingId = async () => (await db.competency.findFirstOrThrow({ where: { organizationId: acme.organization.id, kind: "LEADER", metricKey: "coaching_cadence" }, select: { id: true } })).id;

  it("only the VP accepts a priority, for a manager of their organization", async () => {
    const input = { managerId: acme.managerA.id, competencyId: await coachingId() };
    expect(await rejection(createLeaderPlan(await viewerFor(acme.managerA), input))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(createLeaderPlan(await viewerFor(acme.admin), input))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(createLeaderPlan(await viewerFor(acme.managerB), input))).toBeInstanceOf(NotFoundError);
    expect(await rejection(createLeaderPlan(await viewerFor(acme.repA1), input))).toBeInstanceOf(NotFoundError);
    expect(await rejection(createLeaderPlan(await viewerFor(globex.vp), input))).toBeInstanceOf(NotFoundError);
    expect(await db.developmentPlan.count({ where: { subjectId: acme.managerA.id } })).toBe(0);
  });

  it("refuses a priority that is not the current one, or a manager with no clear priority", async () => {
    const vp = await viewerFor(acme.vp);
    const accountability = await db.competency.findFirstOrThrow({ where: { organizationId: acme.organization.id, kind: "LEADER", metricKey: "commitment_completion" }, select: { id: true } });
    const stale = await rejection(createLeaderPlan(vp, { managerId: acme.managerA.id, competencyId: accountability.id }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as Error).message).toMatch(/changed to Coaching/);
    expect(await rejection(createLeaderPlan(vp, { managerId: acme.managerB.id, competencyId: await coachingId() }))).toBeInstanceOf(ConflictError);
  });

  it("creates the plan from measured values, audited, and refuses a second active one", async () => {
    const vp = await viewerFor(acme.vp);
    const input = { managerId: acme.managerA.id, competencyId: await coachingId() };
    planId = (await oneAudit(acme.organization.id, "leader_plan.created", () => createLeaderPlan(vp, input))).id;
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ subjectId: acme.managerA.id, ownerId: acme.vp.id, competencyId: input.competencyId, leverKey: null, baselineSample: 3, status: "ACTIVE" });
    expect(plan.baselineValue).toBeCloseTo(2 / 3);
    expect(plan.targetValue).toBeCloseTo(5 / 6);
    expect(dayKey(plan.startedOn)).toBe(today());
    expect(dayKey(plan.targetDate)).toBe(addDays(today(), 90));

    const again = await rejection(createLeaderPlan(vp, input));
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as Error).message).toMatch(/already has an active development plan for Coaching/);
  });

  it("shows the plan's measured progress to the manager and the VP, not to an ADMIN", async () => {
    const own = await getManagerScorecard(await viewerFor(acme.managerA), acme.managerA.id);
    expect(own.leaderPlans).toHaveLength(1);
    expect(own.leaderPlans[0]).toMatchObject({ id: planId, competency: { name: "Coaching" }, metric: { key: "cadence_kept" }, status: "on_track", sample: 3 });
    expect(own.leaderPlans[0]?.current).toBeCloseTo(2 / 3);
    const forVp = await getManagerScorecard(await viewerFor(acme.vp), acme.managerA.id);
    expect(forVp.leaderPlans.map((plan) => plan.id)).toEqual([planId]);
    expect(forVp.can.acceptPriority).toBe(false);
    expect((await getManagerScorecard(await viewerFor(acme.admin), acme.managerA.id)).leaderPlans).toEqual([]);
    const board = await getOrganizationScorecards(await viewerFor(acme.vp));
    expect(board.managers.find((manager) => manager.id === acme.managerA.id)?.leaderPlans).toEqual(["Coaching"]);
  });

  it("never shows a leader plan through the rep-plan screens: not to a rep, another manager, the manager or the VP", async () => {
    for (const person of [acme.repA1, acme.managerB, acme.managerA, acme.vp]) {
      const viewer = await viewerFor(person);
      const plans = await listPlans(viewer);
      expect([...plans.active, ...plans.closed].map((plan) => plan.id), person.role).not.toContain(planId);
      expect(await rejection(getPlan(viewer, planId)), person.role).toBeInstanceOf(NotFoundError);
    }
    // The rep plans are still there for those who may see them.
    expect((await listPlans(await viewerFor(acme.managerA))).active).toHaveLength(2);
    expect((await listPlans(await viewerFor(acme.repA2))).active).toHaveLength(1);
  });
});
