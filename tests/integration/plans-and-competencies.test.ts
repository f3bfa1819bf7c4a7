// The competency framework, assessments, development plans and the playbook against PostgreSQL:
// role and tenant rules, audit records written with each change, retire-not-delete, one active
// plan per rep and competency, and plan progress computed from activity (never typed in).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, isWeekday, todayIn, dayKey } from "@/lib/calendar/days";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { getAssessmentBoard } from "@/lib/server/assessments/get-assessment-board";
import { recordAssessment } from "@/lib/server/assessments/record-assessment";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { addCoachingQuestion } from "@/lib/server/competencies/add-coaching-question";
import { createCompetency } from "@/lib/server/competencies/create-competency";
import { deleteCompetency } from "@/lib/server/competencies/delete-competency";
import { listCompetencies } from "@/lib/server/competencies/list-competencies";
import { removeCoachingQuestion } from "@/lib/server/competencies/remove-coaching-question";
import { restoreCompetency } from "@/lib/server/competencies/restore-competency";
import { retireCompetency } from "@/lib/server/competencies/retire-competency";
import { updateCoachingQuestion } from "@/lib/server/competencies/update-coaching-question";
import { updateCompetency } from "@/lib/server/competencies/update-competency";
import { attachPlanRoutine } from "@/lib/server/plans/attach-plan-routine";
import { closePlan } from "@/lib/server/plans/close-plan";
import { createPlanFromFocus } from "@/lib/server/plans/create-plan-from-focus";
import { detachPlanRoutine } from "@/lib/server/plans/detach-plan-routine";
import { getPlan } from "@/lib/server/plans/get-plan";
import { listPlans } from "@/lib/server/plans/list-plans";
import { settleAchievedPlans } from "@/lib/server/plans/settle-achieved-plans";
import { updatePlan } from "@/lib/server/plans/update-plan";
import { createSalesPlay } from "@/lib/server/playbook/create-sales-play";
import { listSalesPlays } from "@/lib/server/playbook/list-sales-plays";
import { restoreSalesPlay } from "@/lib/server/playbook/restore-sales-play";
import { retireSalesPlay } from "@/lib/server/playbook/retire-sales-play";
import { updateSalesPlay } from "@/lib/server/playbook/update-sales-play";
import { getRepProfile } from "@/lib/server/reps/get-rep-profile";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

// Server actions resolve the viewer from the session; here the session is whoever the test says.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/viewer/get-viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/viewer/get-viewer")>()),
  getViewer: async () => session.viewer,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let repB2: { id: string; organizationId: string };
const ZONE = "America/New_York";
const today = () => todayIn(ZONE);
const as = (user: { id: string; organizationId: string }) => viewerFor(user);

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"] as const;
const DEAL_MINOR = 2_400_000;

/**
 * 90 days of weekday activity before today: 60 dials, 8 conversations, 4 meetings, 3 opportunities
 * and 2 proposals a day (every ratio above the default benchmarks), and `winsPerTenDays` deals won
 * in every ten days at the benchmark deal size: the win rate is what sets a rep apart.
 */
async function seedHistory(organizationId: string, repId: string, winsPerTenDays: number) {
  const rows: { organizationId: string; repId: string; day: Date; stage: string; value: bigint }[] = [];
  for (let offset = 90; offset >= 1; offset--) {
    const day = addDays(today(), -offset);
    if (!isWeekday(day)) continue;
    const won = offset % 10 < winsPerTenDays ? 1 : 0;
    const counts: Record<string, number> = { dials: 60, conversations: 8, meetings: 4, opportunities: 3, proposals: 2, won, revenue: won * DEAL_MINOR };
    for (const stage of [...STAGES, "revenue"])
      rows.push({ organizationId, repId, day: new Date(`${day}T00:00:00Z`), stage, value: BigInt(counts[stage] ?? 0) });
  }
  await db.activity.createMany({ data: rows });
}

/** Today's proposals and wins for a rep (replacing what today held). */
async function logToday(organizationId: string, repId: string, proposals: number, won: number) {
  const day = new Date(`${today()}T00:00:00Z`);
  for (const [stage, value] of Object.entries({ proposals, won, revenue: won * DEAL_MINOR })) {
    await db.activity.upsert({
      where: { organizationId_repId_day_stage: { organizationId, repId, day, stage } },
      create: { organizationId, repId, day, stage, value: BigInt(value) },
      update: { value: BigInt(value) },
    });
  }
}

/** Runs a write and checks it left exactly one audit record in the organization, of this action. */
async function oneAudit<T>(organizationId: string, action: string, work: () => Promise<T>): Promise<T> {
  const before = await db.auditLog.count({ where: { organizationId, action } });
  const total = await db.auditLog.count({ where: { organizationId } });
  const result = await work();
  expect(await db.auditLog.count({ where: { organizationId, action } }), action).toBe(before + 1);
  expect(await db.auditLog.count({ where: { organizationId } }), `${action}: exactly one record`).toBe(total + 1);
  return result;
}

const audits = (organizationId: string, action: string, entityId?: string) =>
  db.auditLog.findMany({ where: { organizationId, action, ...(entityId ? { entityId } : {}) }, orderBy: { createdAt: "asc" } });
const competencyId = async (organizationId: string, name: string) =>
  (await db.competency.findFirstOrThrow({ where: { organizationId, kind: "REP", name }, select: { id: true } })).id;
const playsOf = async (organizationId: string, name: string) =>
  db.salesPlay.findMany({ where: { organizationId, competency: { name } }, select: { id: true, title: true }, orderBy: { title: "asc" } });
const RUBRIC = ["Never", "Sometimes", "Usually", "Always", "Teaches it"];

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  repB2 = await createUser(acme.organization.id, "REP", { teamId: acme.teamB.id });
  // repA1 wins about one proposal in twenty (the weak closer); the others about three in ten, above the 25 % benchmark.
  await seedHistory(acme.organization.id, acme.repA1.id, 1);
  for (const rep of [acme.repA2, acme.repB1, repB2]) await seedHistory(acme.organization.id, rep.id, 6);
}, 60_000);

describe("the competency framework", () => {
  it("is read by everyone in the organization, rep and leader competencies apart; only an ADMIN may edit", async () => {
    const forRep = await listCompetencies(await as(acme.repA1));
    expect(forRep.rep.map((competency) => competency.name)).toContain("Closing");
    expect(forRep.leader.length).toBeGreaterThan(0);
    expect(forRep.canEdit).toBe(false);
    const closing = forRep.rep.find((competency) => competency.name === "Closing");
    expect(closing?.rubric).toHaveLength(5);
    expect(closing?.leverKey).toBe("proposals_to_won");
    expect(closing?.questions.length).toBeGreaterThan(0);
    expect((await listCompetencies(await as(acme.admin))).canEdit).toBe(true);
    // Another organization's framework is its own.
    const theirs = await listCompetencies(await as(globex.repA1));
    expect(theirs.rep.some((competency) => competency.id === closing?.id)).toBe(false);
  });

  it("an ADMIN adds and edits a competency, each change audited with it; others are refused", async () => {
    const admin = await as(acme.admin);
    const { id } = await oneAudit(acme.organization.id, "competency.created", () =>
      createCompetency(admin, {
        kind: "REP",
        name: "Referral selling",
        description: "Asks happy customers for introductions.",
        rubric: RUBRIC,
        leverKey: "dials_to_conversations",
      }),
    );
    const [created] = await audits(acme.organization.id, "competency.created", id);
    expect(created?.actorId).toBe(acme.admin.id);
    expect(created?.after).toMatchObject({ name: "Referral selling", leverKey: "dials_to_conversations" });

    await oneAudit(acme.organization.id, "competency.updated", () =>
      updateCompetency(admin, { competencyId: id, name: "Referrals", description: "Asks for introductions.", rubric: RUBRIC, leverKey: null }),
    );
    const [updated] = await audits(acme.organization.id, "competency.updated", id);
    expect(updated?.before).toMatchObject({ name: "Referral selling", leverKey: "dials_to_conversations" });
    expect(updated?.after).toMatchObject({ name: "Referrals", leverKey: null });

    await expect(
      createCompetency(await as(acme.managerA), { kind: "REP", name: "X", description: "Y", rubric: RUBRIC, leverKey: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createCompetency(await as(acme.vp), { kind: "REP", name: "X", description: "Y", rubric: RUBRIC, leverKey: null })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      updateCompetency(await as(globex.admin), { competencyId: id, name: "Hijacked", description: "Y", rubric: RUBRIC, leverKey: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const badLever = await rejection(
      createCompetency(admin, { kind: "REP", name: "Bad lever", description: "Y", rubric: RUBRIC, leverKey: "unicorns_to_won" }),
    );
    expect((badLever as InvalidInputError).fieldErrors.leverKey).toEqual(["is not a lever of the funnel"]);
    await expect(
      createCompetency(admin, { kind: "LEADER", name: "Leader with lever", description: "Y", rubric: RUBRIC, leverKey: "volume" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createCompetency(admin, { kind: "REP", name: "Closing", description: "Again", rubric: RUBRIC, leverKey: null })).rejects.toThrow(
      /already exists/,
    );
  });

  it("a competency with history cannot be deleted, only retired (and restored); one without history can be deleted", async () => {
    const admin = await as(acme.admin);
    const closing = await competencyId(acme.organization.id, "Closing");
    const refused = await rejection(deleteCompetency(admin, closing));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).message).toMatch(/^Closing has history \(2 sales plays\): retire it instead/);
    expect(await db.competency.count({ where: { id: closing } })).toBe(1);
    expect(await audits(acme.organization.id, "competency.deleted", closing)).toHaveLength(0);

    const discovery = await competencyId(acme.organization.id, "Discovery");
    await oneAudit(acme.organization.id, "competency.retired", () => retireCompetency(admin, discovery));
    expect((await db.competency.findUniqueOrThrow({ where: { id: discovery } })).retiredAt).not.toBeNull();
    expect(await audits(acme.organization.id, "competency.retired", discovery)).toHaveLength(1);
    // Retired: out of the engine's lever → competency map.
    expect((await loadOrganizationCoachingSettings(acme.organization.id)).competencies.meetings_to_opportunities).toBeUndefined();
    await oneAudit(acme.organization.id, "competency.restored", () => restoreCompetency(admin, discovery));
    expect((await loadOrganizationCoachingSettings(acme.organization.id)).competencies.meetings_to_opportunities?.id).toBe(discovery);
    expect(await audits(acme.organization.id, "competency.restored", discovery)).toHaveLength(1);

    const { id: fresh } = await createCompetency(admin, {
      kind: "LEADER",
      name: "Forecast hygiene",
      description: "Keeps the forecast honest.",
      rubric: RUBRIC,
      leverKey: null,
    });
    await addCoachingQuestion(admin, { competencyId: fresh, text: "Which deal in commit would you bet your own money on?" });
    await oneAudit(acme.organization.id, "competency.deleted", () => deleteCompetency(admin, fresh));
    expect(await db.competency.count({ where: { id: fresh } })).toBe(0);
    expect(await db.coachingQuestion.count({ where: { competencyId: fresh } })).toBe(0);
    const [deleted] = await audits(acme.organization.id, "competency.deleted", fresh);
    expect(deleted?.before).toMatchObject({ name: "Forecast hygiene", kind: "LEADER" });
    await expect(retireCompetency(await as(acme.managerA), closing)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an ADMIN keeps the coaching-question bank: added, reworded and removed questions are audited; removed ones are no longer asked", async () => {
    const admin = await as(acme.admin);
    const closing = await competencyId(acme.organization.id, "Closing");
    const { id } = await oneAudit(acme.organization.id, "coaching_question.added", () =>
      addCoachingQuestion(admin, { competencyId: closing, text: "What did the buyer say when you asked for the business?" }),
    );
    await oneAudit(acme.organization.id, "coaching_question.updated", () =>
      updateCoachingQuestion(admin, { questionId: id, text: "What exactly did the buyer say when you asked for the business?" }),
    );
    expect((await listCompetencies(admin)).rep.find((competency) => competency.id === closing)?.questions.at(-1)?.text).toBe(
      "What exactly did the buyer say when you asked for the business?",
    );
    await oneAudit(acme.organization.id, "coaching_question.removed", () => removeCoachingQuestion(admin, id));
    expect((await listCompetencies(admin)).rep.find((competency) => competency.id === closing)?.questions.some((question) => question.id === id)).toBe(false);
    expect((await db.coachingQuestion.findUniqueOrThrow({ where: { id } })).retiredAt).not.toBeNull();
    for (const action of ["coaching_question.added", "coaching_question.updated", "coaching_question.removed"])
      expect(await audits(acme.organization.id, action, id)).toHaveLength(1);
    await expect(addCoachingQuestion(await as(acme.repA1), { competencyId: closing, text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeCoachingQuestion(await as(globex.admin), id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assessments", () => {
  it("the rep's manager scores (or marks not observed), audited; the rep self-assesses; history is kept", async () => {
    const closing = await competencyId(acme.organization.id, "Closing");
    const prospecting = await competencyId(acme.organization.id, "Prospecting");
    const manager = await as(acme.managerA);
    const { id } = await oneAudit(acme.organization.id, "assessment.recorded", () =>
      recordAssessment(manager, { subjectId: acme.repA1.id, competencyId: closing, source: "LEADER", score: 3, note: "Asked for the business once." }),
    );
    await recordAssessment(manager, { subjectId: acme.repA1.id, competencyId: prospecting, source: "LEADER", score: null, note: "" });
    await recordAssessment(await as(acme.repA1), { subjectId: acme.repA1.id, competencyId: closing, source: "SELF", score: 4, note: "" });
    const stored = await db.assessment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ source: "LEADER", assessorId: acme.managerA.id, score: 3 });
    const [audit] = await audits(acme.organization.id, "assessment.recorded", id);
    expect(audit?.after).toMatchObject({ subjectId: acme.repA1.id, source: "LEADER", score: 3 });

    const board = await getAssessmentBoard(manager, acme.repA1.id);
    expect(board.mode).toBe("LEADER");
    const closingBlock = board.competencies.find((competency) => competency.id === closing);
    expect(closingBlock?.latestLeader?.score).toBe(3);
    expect(closingBlock?.latestSelf?.score).toBe(4);
    expect(closingBlock?.rubric).toHaveLength(5);
    expect(board.competencies.find((competency) => competency.id === prospecting)?.latestLeader).toMatchObject({ score: null });
    expect((await getAssessmentBoard(await as(acme.vp), acme.repA1.id)).mode).toBeNull();
    expect((await getAssessmentBoard(await as(acme.repA1), acme.repA1.id)).mode).toBe("SELF");
  });

  it("a rep cannot assess as a manager, nor self-assess for someone else; VP and ADMIN read only; other teams' reps are unknown", async () => {
    const closing = await competencyId(acme.organization.id, "Closing");
    const input = { subjectId: acme.repA1.id, competencyId: closing, note: "" };
    expect(await rejection(recordAssessment(await as(acme.repA1), { ...input, source: "LEADER", score: 5 }))).toBeInstanceOf(ForbiddenError);
    await expect(recordAssessment(await as(acme.repA2), { ...input, source: "SELF", score: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordAssessment(await as(acme.repA2), { ...input, source: "LEADER", score: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordAssessment(await as(acme.managerB), { ...input, source: "LEADER", score: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordAssessment(await as(acme.vp), { ...input, source: "LEADER", score: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordAssessment(await as(acme.admin), { ...input, source: "LEADER", score: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordAssessment(await as(globex.managerA), { ...input, source: "LEADER", score: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssessmentBoard(await as(acme.managerB), acme.repA1.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.assessment.count({ where: { subjectId: acme.repA1.id, score: 5 } })).toBe(0);
  });

  it("flags a manager's high score on a rep whose closing rate is confidently in the organization's bottom quartile", async () => {
    const closing = await competencyId(acme.organization.id, "Closing");
    const manager = await as(acme.managerA);
    await recordAssessment(manager, { subjectId: acme.repA1.id, competencyId: closing, source: "LEADER", score: 5, note: "Great closer." });
    const flag = (await getAssessmentBoard(manager, acme.repA1.id)).competencies.find((competency) => competency.id === closing)?.calibration;
    expect(flag?.direction).toBe("score_above_data");
    expect(flag?.reasonText).toMatch(/^Scored 5 of 5, but Deals won \/ proposals is [\d.]+ % \(n = \d+\): in the organization's bottom quartile/);
    // A 2 agrees with the data: no flag. A rep never sees the flag.
    await recordAssessment(manager, { subjectId: acme.repA1.id, competencyId: closing, source: "LEADER", score: 2, note: "" });
    expect((await getAssessmentBoard(manager, acme.repA1.id)).competencies.find((competency) => competency.id === closing)?.calibration).toBeNull();
    await recordAssessment(manager, { subjectId: acme.repA1.id, competencyId: closing, source: "LEADER", score: 5, note: "" });
    expect(
      (await getAssessmentBoard(await as(acme.repA1), acme.repA1.id)).competencies.find((competency) => competency.id === closing)?.calibration,
    ).toBeNull();
  });

  it("the self-assessment action names the field a user got wrong", async () => {
    const { recordSelfAssessmentAction } = await import("@/app/(app)/me/assessment/actions");
    session.viewer = await as(acme.repA1);
    const closing = await competencyId(acme.organization.id, "Closing");
    const answer = await recordSelfAssessmentAction(null, { subjectId: acme.repA1.id, competencyId: closing, source: "SELF", score: "", note: "" });
    expect(answer).toMatchObject({ ok: false, message: "Check score: choose a level from 1 to 5 or 'not observed'" });
    expect(
      await recordSelfAssessmentAction(null, { subjectId: acme.repA1.id, competencyId: closing, source: "SELF", score: "not_observed", note: "" }),
    ).toEqual({ ok: true });
    session.viewer = null;
  });
});

describe("development plans", () => {
  let firstPlan: string;

  it("the rep's manager starts a plan from the focus in one step: competency, measured baseline, benchmark target, +90 days, routines; audited", async () => {
    const manager = await as(acme.managerA);
    const profile = await getRepProfile(manager, acme.repA1.id, { window: "90" });
    expect(profile.report.focus).toBe("proposals_to_won");
    const lever = profile.report.levers.find((entry) => entry.lever === "proposals_to_won");
    const [play] = await playsOf(acme.organization.id, "Closing");
    const { id } = await oneAudit(acme.organization.id, "plan.created", () =>
      createPlanFromFocus(manager, { repId: acme.repA1.id, window: "90", salesPlayIds: play ? [play.id] : [] }),
    );
    firstPlan = id;
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id }, include: { routines: true, competency: { select: { name: true } } } });
    expect(plan).toMatchObject({
      subjectId: acme.repA1.id,
      ownerId: acme.managerA.id,
      leverKey: "proposals_to_won",
      status: "ACTIVE",
      activeSlot: true,
      targetValue: 0.25,
    });
    expect(plan.competency.name).toBe("Closing");
    expect(plan.baselineValue).toBeCloseTo(lever?.actual ?? NaN, 10);
    expect(plan.baselineSample).toBe(lever?.sampleSize);
    expect(dayKey(plan.startedOn)).toBe(today());
    expect(dayKey(plan.targetDate)).toBe(addDays(today(), 90));
    expect(plan.routines.map((routine) => routine.salesPlayId)).toEqual([play?.id]);
    const [audit] = await audits(acme.organization.id, "plan.created", id);
    expect(audit?.actorId).toBe(acme.managerA.id);
    expect(audit?.after).toMatchObject({ subjectId: acme.repA1.id, leverKey: "proposals_to_won", targetValue: 0.25 });
  });

  it("allows one active plan per rep and competency", async () => {
    const conflict = await rejection(createPlanFromFocus(await as(acme.managerA), { repId: acme.repA1.id, window: "90" }));
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).message).toBe("There is already an active plan for Closing");
    expect(await db.developmentPlan.count({ where: { subjectId: acme.repA1.id, status: "ACTIVE" } })).toBe(1);
  });

  it("only the rep's manager plans: another team's manager and other organizations get NotFound, the VP, the ADMIN and the rep are refused", async () => {
    await expect(createPlanFromFocus(await as(acme.managerB), { repId: acme.repA1.id, window: "90" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPlanFromFocus(await as(globex.managerA), { repId: acme.repA1.id, window: "90" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPlanFromFocus(await as(acme.vp), { repId: acme.repA1.id, window: "90" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPlanFromFocus(await as(acme.admin), { repId: acme.repA1.id, window: "90" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPlanFromFocus(await as(acme.repA1), { repId: acme.repA1.id, window: "90" })).rejects.toBeInstanceOf(ForbiddenError);
    // A rep at or above every benchmark has no focus to plan for.
    await expect(createPlanFromFocus(await as(acme.managerA), { repId: acme.repA2.id, window: "90" })).rejects.toThrow(/no clear priority/i);
  });

  it("the rep and the VP read the plan, the manager edits it; teammates, other managers, the ADMIN and other organizations get NotFound", async () => {
    expect((await getPlan(await as(acme.managerA), firstPlan)).can.edit).toBe(true);
    const forRep = await getPlan(await as(acme.repA1), firstPlan);
    expect(forRep.can.edit).toBe(false);
    expect(forRep.competency.name).toBe("Closing");
    expect((await getPlan(await as(acme.vp), firstPlan)).can.edit).toBe(false);
    for (const user of [acme.repA2, acme.managerB, acme.admin, globex.managerA, globex.vp]) {
      await expect(getPlan(await as(user), firstPlan), `as ${user.email}`).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await listPlans(await as(acme.repA1))).active.map((plan) => plan.id)).toEqual([firstPlan]);
    expect((await listPlans(await as(acme.managerA))).active.map((plan) => plan.id)).toEqual([firstPlan]);
    expect((await listPlans(await as(acme.vp))).active.map((plan) => plan.id)).toEqual([firstPlan]);
    expect((await listPlans(await as(acme.managerB))).active).toEqual([]);
    expect((await listPlans(await as(acme.repA2))).active).toEqual([]);
    expect((await listPlans(await as(acme.admin))).active).toEqual([]);
  });

  it("the manager moves the target date, rewrites notes and changes routines of the plan's competency only; all audited", async () => {
    const manager = await as(acme.managerA);
    await oneAudit(acme.organization.id, "plan.updated", () =>
      updatePlan(manager, { planId: firstPlan, targetDate: addDays(today(), 60), notes: "Role-play the close every Friday." }),
    );
    const [updated] = await audits(acme.organization.id, "plan.updated", firstPlan);
    expect(updated?.after).toEqual({ targetDate: addDays(today(), 60), notes: "Role-play the close every Friday." });
    const past = await rejection(updatePlan(manager, { planId: firstPlan, targetDate: addDays(today(), -1), notes: "" }));
    expect(Object.keys((past as InvalidInputError).fieldErrors)).toEqual(["targetDate"]);

    const [first, second] = await playsOf(acme.organization.id, "Closing");
    const [prospectingPlay] = await playsOf(acme.organization.id, "Prospecting");
    await oneAudit(acme.organization.id, "plan.routine_attached", () => attachPlanRoutine(manager, { planId: firstPlan, salesPlayId: second?.id ?? "" }));
    await attachPlanRoutine(manager, { planId: firstPlan, salesPlayId: second?.id ?? "" });
    expect((await getPlan(manager, firstPlan)).routines.map((routine) => routine.id).sort()).toEqual([first?.id, second?.id].sort());
    expect(await audits(acme.organization.id, "plan.routine_attached", firstPlan)).toHaveLength(1);
    const wrong = await rejection(attachPlanRoutine(manager, { planId: firstPlan, salesPlayId: prospectingPlay?.id ?? "" }));
    expect((wrong as InvalidInputError).fieldErrors.salesPlayId).toEqual(["must be a sales play of Closing"]);
    await oneAudit(acme.organization.id, "plan.routine_detached", () => detachPlanRoutine(manager, { planId: firstPlan, salesPlayId: first?.id ?? "" }));
    expect((await getPlan(manager, firstPlan)).routines.map((routine) => routine.id)).toEqual([second?.id]);
    expect(await audits(acme.organization.id, "plan.routine_detached", firstPlan)).toHaveLength(1);

    await expect(updatePlan(await as(acme.repA1), { planId: firstPlan, targetDate: addDays(today(), 30), notes: "I did it" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updatePlan(await as(acme.vp), { planId: firstPlan, targetDate: addDays(today(), 30), notes: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attachPlanRoutine(await as(acme.managerB), { planId: firstPlan, salesPlayId: first?.id ?? "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(closePlan(await as(globex.managerA), firstPlan)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("progress counts only activity since the start; closing keeps the measured result and frees the competency", async () => {
    const manager = await as(acme.managerA);
    const progress = (await getPlan(manager, firstPlan)).progress;
    // Ninety days of history before the start do not count.
    expect(progress).toMatchObject({ status: "insufficient_data", sample: 0, value: null, minSample: 30, sampleNoun: "proposals" });
    expect(await oneAudit(acme.organization.id, "plan.closed", () => closePlan(manager, firstPlan))).toEqual({ status: "CLOSED" });
    const closed = await db.developmentPlan.findUniqueOrThrow({ where: { id: firstPlan } });
    expect(closed).toMatchObject({ status: "CLOSED", activeSlot: null, resultValue: null, resultSample: 0 });
    expect(closed.closedAt).not.toBeNull();
    expect((await audits(acme.organization.id, "plan.closed", firstPlan))[0]?.after).toMatchObject({ status: "CLOSED" });
    const edit = await rejection(updatePlan(manager, { planId: firstPlan, targetDate: addDays(today(), 30), notes: "" }));
    expect(edit).toBeInstanceOf(ConflictError);
    expect((await getPlan(manager, firstPlan)).progress.status).toBe("closed");
  });

  it("a new plan moves from not enough data, to on track, to achieved as activity comes in — and settles as ACHIEVED", async () => {
    const manager = await as(acme.managerA);
    const { id } = await createPlanFromFocus(manager, { repId: acme.repA1.id, window: "90" });
    const baseline = (await db.developmentPlan.findUniqueOrThrow({ where: { id } })).baselineValue ?? NaN;
    expect(baseline).toBeLessThan(0.1);

    // Today: 4 of 40 proposals won — 10 %, above the path (which starts at the baseline), below the 25 % target.
    await logToday(acme.organization.id, acme.repA1.id, 40, 4);
    const onTrack = (await getPlan(manager, id)).progress;
    expect(onTrack.status).toBe("on_track");
    expect(onTrack.value).toBeCloseTo(0.1, 10);
    expect(onTrack.sample).toBe(40);
    expect(onTrack.expected).toBeCloseTo(baseline, 10);
    expect(onTrack.points).toHaveLength(1);
    expect((await db.developmentPlan.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");

    // 12 of 40: 30 % ≥ 25 % over at least 30 proposals — achieved, and kept.
    await logToday(acme.organization.id, acme.repA1.id, 40, 12);
    const list = await oneAudit(acme.organization.id, "plan.achieved", async () => listPlans(await as(acme.repA1)));
    const row = list.closed.find((plan) => plan.id === id);
    expect(row?.status).toBe("ACHIEVED");
    expect(row?.progress).toMatchObject({ status: "achieved", sample: 40 });
    const settled = await db.developmentPlan.findUniqueOrThrow({ where: { id } });
    expect(settled).toMatchObject({ status: "ACHIEVED", activeSlot: null, resultSample: 40 });
    expect(settled.resultValue).toBeCloseTo(0.3, 10);
    const achieved = await audits(acme.organization.id, "plan.achieved", id);
    expect(achieved).toHaveLength(1);
    expect(achieved[0]?.actorId).toBeNull();
    // Viewing again, or settling again, changes nothing: a plan is settled once.
    await getPlan(manager, id);
    await settleAchievedPlans(manager, [{ planId: id, value: 0.5, sample: 80, on: today() }]);
    expect(await audits(acme.organization.id, "plan.achieved", id)).toHaveLength(1);
    expect((await db.developmentPlan.findUniqueOrThrow({ where: { id } })).resultSample).toBe(40);
    // The rep's profile lists it with its result.
    const profilePlan = (await getRepProfile(await as(acme.repA1), acme.repA1.id, { window: "90" })).plans.find((plan) => plan.id === id);
    expect(profilePlan?.progress).toMatchObject({ status: "achieved", sample: 40 });
  });
});

describe("the playbook", () => {
  it("everyone reads and searches it; managers, VPs and ADMINs write plays; VPs and ADMINs retire them", async () => {
    const closing = await competencyId(acme.organization.id, "Closing");
    const rep = await as(acme.repA1);
    const all = await listSalesPlays(rep);
    expect(all.plays.length).toBeGreaterThan(5);
    expect(all.canEdit).toBe(false);
    expect((await listSalesPlays(rep, { competency: closing })).plays.every((play) => play.competency.name === "Closing")).toBe(true);

    const manager = await as(acme.managerA);
    const { id } = await oneAudit(acme.organization.id, "sales_play.created", () =>
      createSalesPlay(manager, {
        competencyId: closing,
        title: "Silence after the ask",
        whenToUse: "When you ask for the business.",
        steps: ["Ask", "Stop talking", "Count slowly to seven"],
        talkTrack: "Can we get this signed by Friday?",
      }),
    );
    expect((await audits(acme.organization.id, "sales_play.created", id))[0]?.actorId).toBe(acme.managerA.id);
    // Search matches words in the steps too, case-insensitively.
    expect((await listSalesPlays(rep, { q: "SLOWLY to Seven" })).plays.map((play) => play.id)).toEqual([id]);
    expect((await listSalesPlays(rep, { q: "slowly", competency: await competencyId(acme.organization.id, "Prospecting") })).plays).toEqual([]);
    await oneAudit(acme.organization.id, "sales_play.updated", () =>
      updateSalesPlay(manager, {
        salesPlayId: id,
        competencyId: closing,
        title: "Silence after the ask",
        whenToUse: "Every time you ask.",
        steps: ["Ask", "Stop talking"],
        talkTrack: "",
      }),
    );
    expect((await audits(acme.organization.id, "sales_play.updated", id))[0]?.before).toMatchObject({ whenToUse: "When you ask for the business." });

    await expect(createSalesPlay(rep, { competencyId: closing, title: "x", whenToUse: "y", steps: ["z"], talkTrack: "" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createSalesPlay(manager, {
        competencyId: await competencyId(globex.organization.id, "Closing"),
        title: "x",
        whenToUse: "y",
        steps: ["z"],
        talkTrack: "",
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(retireSalesPlay(manager, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateSalesPlay(await as(globex.admin), { salesPlayId: id, competencyId: closing, title: "x", whenToUse: "y", steps: ["z"], talkTrack: "" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    await oneAudit(acme.organization.id, "sales_play.retired", async () => retireSalesPlay(await as(acme.vp), id));
    expect((await listSalesPlays(rep)).plays.some((play) => play.id === id)).toBe(false);
    expect((await listSalesPlays(await as(acme.vp))).retired.map((play) => play.id)).toContain(id);
    expect(await audits(acme.organization.id, "sales_play.retired", id)).toHaveLength(1);
    await oneAudit(acme.organization.id, "sales_play.restored", async () => restoreSalesPlay(await as(acme.admin), id));
    expect((await listSalesPlays(rep)).plays.some((play) => play.id === id)).toBe(true);
  });

  it("a play used as a routine keeps its competency", async () => {
    const routine = await db.planRoutine.findFirstOrThrow({
      where: { plan: { organizationId: acme.organization.id } },
      select: { salesPlay: { select: { id: true, title: true, whenToUse: true, steps: true } } },
    });
    const prospecting = await competencyId(acme.organization.id, "Prospecting");
    const play = routine.salesPlay;
    await expect(
      updateSalesPlay(await as(acme.vp), {
        salesPlayId: play.id,
        competencyId: prospecting,
        title: play.title,
        whenToUse: play.whenToUse,
        steps: play.steps as string[],
        talkTrack: "",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
