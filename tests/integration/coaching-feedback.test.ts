// Coaching the coach against PostgreSQL: a rep rates their completed one-on-one once, and no
// individual rating or answer reaches a coach (page data, lists, actions, the export, the audit
// log); VP ↔ manager one-on-ones stay between the VP and that manager; a manager's own open
// commitments from them, for their home.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { submitCoachingFeedbackAction } from "@/app/(app)/one-on-ones/actions";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { addCommitment } from "@/lib/server/commitments/add-commitment";
import { listMyCommitments } from "@/lib/server/commitments/list-my-commitments";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { exportOrganizationData } from "@/lib/server/export/export-organization-data";
import { getOwnCoachingFeedback } from "@/lib/server/feedback/get-own-coaching-feedback";
import { submitCoachingFeedback } from "@/lib/server/feedback/submit-coaching-feedback";
import { completeOneOnOne } from "@/lib/server/one-on-ones/complete-one-on-one";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getPrivateNote } from "@/lib/server/one-on-ones/get-private-note";
import { listOneOnOnes } from "@/lib/server/one-on-ones/list-one-on-ones";
import { savePrivateNote } from "@/lib/server/one-on-ones/save-private-note";
import { saveSharedNotes } from "@/lib/server/one-on-ones/save-shared-notes";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { COACHING_FEEDBACK_WINDOW_DAYS } from "@/lib/validation/feedback";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
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
let viewers: Record<"vp" | "admin" | "managerA" | "managerB" | "repA1" | "repA2" | "repB1" | "globexRep" | "globexManager", Viewer>;
const ZONE = "America/New_York";
const DAY_MS = 24 * 60 * 60 * 1000;
const COMMENT = "Keep the role-plays; fewer pipeline lectures.";
const VP_PRIVATE = "Ray is stretched thin; consider a team lead.";

/** A meeting run through the real operations, from scheduled to completed. */
async function heldMeeting(coach: Viewer, memberId: string, time: string): Promise<string> {
  const { id } = await scheduleOneOnOne(coach, { memberId, scheduledAt: `${addDays(todayIn(ZONE), 1)}T${time}` });
  await startOneOnOne(coach, id);
  await completeOneOnOne(coach, id);
  return id;
}

/** A completed REP meeting written directly, to place its completion in the past. */
async function completedDaysAgo(days: number, memberId = acme.repA1.id): Promise<string> {
  const completedAt = new Date(Date.now() - days * DAY_MS);
  const meeting = await db.oneOnOne.create({
    data: {
      organizationId: acme.organization.id,
      kind: "REP",
      coachId: acme.managerA.id,
      memberId,
      scheduledAt: completedAt,
      startedAt: completedAt,
      completedAt,
      status: "COMPLETED",
    },
    select: { id: true },
  });
  return meeting.id;
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  viewers = {
    vp: await viewerFor(acme.vp),
    admin: await viewerFor(acme.admin),
    managerA: await viewerFor(acme.managerA),
    managerB: await viewerFor(acme.managerB),
    repA1: await viewerFor(acme.repA1),
    repA2: await viewerFor(acme.repA2),
    repB1: await viewerFor(acme.repB1),
    globexRep: await viewerFor(globex.repA1),
    globexManager: await viewerFor(globex.managerA),
  };
});

describe("a rep rates a completed one-on-one", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await heldMeeting(viewers.managerA, acme.repA1.id, "10:00");
  });

  it("once: the rep sees their own answer, a second answer is a conflict and the first stands", async () => {
    expect(await getOwnCoachingFeedback(viewers.repA1, meetingId)).toMatchObject({ status: "open" });
    await submitCoachingFeedback(viewers.repA1, { oneOnOneId: meetingId, rating: 4, comment: COMMENT });
    expect(await getOwnCoachingFeedback(viewers.repA1, meetingId)).toEqual({ status: "submitted", rating: 4, comment: COMMENT });

    const second = await rejection(submitCoachingFeedback(viewers.repA1, { oneOnOneId: meetingId, rating: 1, comment: null }));
    expect(second).toBeInstanceOf(ConflictError);
    const stored = await db.coachingFeedback.findMany({ where: { oneOnOneId: meetingId }, select: { rating: true, comment: true, coachId: true } });
    expect(stored).toEqual([{ rating: 4, comment: COMMENT, coachId: acme.managerA.id }]);
  });

  it("two answers sent at the same moment store one", async () => {
    const id = await completedDaysAgo(1);
    const results = await Promise.allSettled([1, 2, 3].map((rating) => submitCoachingFeedback(viewers.repA1, { oneOnOneId: id, rating, comment: null })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toBeInstanceOf(ConflictError);
    expect(await db.coachingFeedback.count({ where: { oneOnOneId: id } })).toBe(1);
  });

  it("audits that feedback was given, never the rating or the answer", async () => {
    const entries = await db.auditLog.findMany({
      where: { organizationId: acme.organization.id, action: "coaching_feedback.submitted", entityId: meetingId },
      select: { actorId: true, before: true, after: true },
    });
    expect(entries).toEqual([{ actorId: acme.repA1.id, before: null, after: { feedbackSubmitted: true } }]);
  });

  it("only the rep of the meeting: another rep, another manager, the ADMIN and other organizations get NotFound", async () => {
    for (const viewer of [viewers.repA2, viewers.repB1, viewers.managerB, viewers.admin, viewers.globexRep, viewers.globexManager]) {
      const refused = await rejection(submitCoachingFeedback(viewer, { oneOnOneId: meetingId, rating: 1, comment: "Not mine to rate" }));
      expect(refused, viewer.email).toBeInstanceOf(NotFoundError);
      await expect(getOwnCoachingFeedback(viewer, meetingId), viewer.email).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("the meeting's manager (its coach) and the VP (an observer) cannot submit", async () => {
    const other = await completedDaysAgo(2, acme.repA2.id);
    await expect(submitCoachingFeedback(viewers.managerA, { oneOnOneId: other, rating: 5, comment: null })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitCoachingFeedback(viewers.vp, { oneOnOneId: other, rating: 5, comment: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.coachingFeedback.count({ where: { oneOnOneId: other } })).toBe(0);
  });

  it("a manager does not rate their VP: leader one-on-ones are not rated", async () => {
    const leader = await heldMeeting(viewers.vp, acme.managerA.id, "16:00");
    await expect(submitCoachingFeedback(viewers.managerA, { oneOnOneId: leader, rating: 5, comment: null })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOwnCoachingFeedback(viewers.managerA, leader)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a meeting that is scheduled, under way or cancelled cannot be rated", async () => {
    const tomorrow = `${addDays(todayIn(ZONE), 1)}T`;
    const scheduled = (await scheduleOneOnOne(viewers.managerA, { memberId: acme.repA2.id, scheduledAt: `${tomorrow}11:00` })).id;
    const underWay = (await scheduleOneOnOne(viewers.managerA, { memberId: acme.repA2.id, scheduledAt: `${tomorrow}12:00` })).id;
    await startOneOnOne(viewers.managerA, underWay);
    const cancelled = await db.oneOnOne.create({
      data: {
        organizationId: acme.organization.id,
        kind: "REP",
        coachId: acme.managerA.id,
        memberId: acme.repA2.id,
        scheduledAt: new Date(),
        status: "CANCELLED",
      },
      select: { id: true },
    });
    for (const id of [scheduled, underWay, cancelled.id]) {
      await expect(submitCoachingFeedback(viewers.repA2, { oneOnOneId: id, rating: 3, comment: null })).rejects.toBeInstanceOf(ConflictError);
      expect(await getOwnCoachingFeedback(viewers.repA2, id)).toBeNull();
    }
    expect(await db.coachingFeedback.count({ where: { oneOnOneId: { in: [scheduled, underWay, cancelled.id] } } })).toBe(0);
  });

  it(`stays open for ${COACHING_FEEDBACK_WINDOW_DAYS} days after completion, then closes`, async () => {
    const recent = await completedDaysAgo(COACHING_FEEDBACK_WINDOW_DAYS - 1);
    const old = await completedDaysAgo(COACHING_FEEDBACK_WINDOW_DAYS + 1);
    expect(await getOwnCoachingFeedback(viewers.repA1, old)).toMatchObject({ status: "closed" });
    await expect(submitCoachingFeedback(viewers.repA1, { oneOnOneId: old, rating: 2, comment: null })).rejects.toBeInstanceOf(ConflictError);
    expect(await getOwnCoachingFeedback(viewers.repA1, recent)).toMatchObject({ status: "open" });
    await submitCoachingFeedback(viewers.repA1, { oneOnOneId: recent, rating: 2, comment: null });
    expect(await getOwnCoachingFeedback(viewers.repA1, recent)).toEqual({ status: "submitted", rating: 2, comment: null });
  });
});

describe("the feedback action", () => {
  it("names the field that is wrong, and saves nothing", async () => {
    const id = await completedDaysAgo(3, acme.repA2.id);
    session.viewer = viewers.repA2;
    for (const [payload, field] of [
      [{ oneOnOneId: id, rating: 0 }, "rating"],
      [{ oneOnOneId: id, rating: 6 }, "rating"],
      [{ oneOnOneId: id, rating: 2.5 }, "rating"],
      [{ oneOnOneId: id, rating: undefined }, "rating"],
      [{ oneOnOneId: id, rating: 4, comment: "x".repeat(1_001) }, "comment"],
      [{ oneOnOneId: "../etc", rating: 4 }, "oneOnOneId"],
    ] as const) {
      const answer = await submitCoachingFeedbackAction(null, payload);
      expect(answer.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
      expect(answer.ok === false ? Object.keys(answer.fieldErrors ?? {}) : [], JSON.stringify(payload).slice(0, 80)).toContain(field);
    }
    expect(await db.coachingFeedback.count({ where: { oneOnOneId: id } })).toBe(0);
  });

  it("stores a blank answer as none, answers with nothing but ok, and refuses anyone but a rep", async () => {
    const id = await completedDaysAgo(4, acme.repA2.id);
    session.viewer = viewers.managerA;
    expect(await submitCoachingFeedbackAction(null, { oneOnOneId: id, rating: 5 })).toMatchObject({ ok: false });
    session.viewer = viewers.vp;
    expect(await submitCoachingFeedbackAction(null, { oneOnOneId: id, rating: 5 })).toMatchObject({ ok: false });
    session.viewer = viewers.repA2;
    expect(await submitCoachingFeedbackAction(null, { oneOnOneId: id, rating: "3", comment: "   " })).toEqual({ ok: true });
    expect(await db.coachingFeedback.findFirst({ where: { oneOnOneId: id }, select: { rating: true, comment: true } })).toEqual({ rating: 3, comment: null });
    session.viewer = null;
  });
});

describe("no coach-facing read returns an individual rating or answer", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await completedDaysAgo(5, acme.repA2.id);
    await submitCoachingFeedback(viewers.repA2, { oneOnOneId: meetingId, rating: 1, comment: COMMENT });
  });

  it("the meeting page data for the manager and the VP has no feedback in it", async () => {
    for (const viewer of [viewers.managerA, viewers.vp]) {
      const view = await getOneOnOne(viewer, meetingId);
      const text = JSON.stringify(view);
      expect(view.role).not.toBe("member");
      expect(text).not.toContain(COMMENT);
      expect(text).not.toMatch(/feedback|rating/i);
      await expect(getOwnCoachingFeedback(viewer, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(JSON.stringify(await listOneOnOnes(viewers.managerA))).not.toMatch(/feedback|rating|role-plays/i);
  });

  it("the ADMIN export leaves feedback out entirely: no table, no rating, no answer, no link to a meeting", async () => {
    const exported = await exportOrganizationData(viewers.admin, "json");
    const names = exported.tables.map((table) => table.name);
    expect(names).toContain("one_on_ones");
    expect(names.filter((name) => /feedback/i.test(name))).toEqual([]);
    for (const table of exported.tables) expect(table.columns, table.name).not.toContain("rating");
    expect(JSON.stringify(exported.tables)).not.toContain(COMMENT);
    const audited = exported.tables.find((table) => table.name === "audit_log")?.rows.filter((row) => row.action === "coaching_feedback.submitted") ?? [];
    expect(audited.length).toBeGreaterThan(0);
    for (const row of audited) expect(row.after).toEqual({ feedbackSubmitted: true });
  });
});

describe("VP ↔ manager one-on-ones", () => {
  let leaderA: string;
  let commitmentText: string;

  beforeAll(async () => {
    // The VP schedules, starts (the team's numbers are frozen), takes shared and private notes,
    // agrees a commitment the manager owns, and completes the meeting.
    const { id } = await scheduleOneOnOne(viewers.vp, { memberId: acme.managerA.id, scheduledAt: `${addDays(todayIn(ZONE), 2)}T09:00` });
    leaderA = id;
    await startOneOnOne(viewers.vp, leaderA);
    await saveSharedNotes(viewers.vp, { oneOnOneId: leaderA, body: "Cadence slipped in March; back on track.", version: 0 });
    await savePrivateNote(viewers.vp, { oneOnOneId: leaderA, body: VP_PRIVATE, version: 0 });
    commitmentText = "Watch one call with each rep this month";
    await addCommitment(viewers.vp, { oneOnOneId: leaderA, text: commitmentText, owner: "member", dueOn: addDays(todayIn(ZONE), 14) });
    await addCommitment(viewers.vp, { oneOnOneId: leaderA, text: "VP: intro to the enablement lead", owner: "coach", dueOn: addDays(todayIn(ZONE), 7) });
    await completeOneOnOne(viewers.vp, leaderA);
  });

  it("the manager reads their own: the team's numbers and the shared notes, read-only, never the VP's private note", async () => {
    const view = await getOneOnOne(viewers.managerA, leaderA);
    expect(view).toMatchObject({
      kind: "LEADER",
      role: "member",
      status: "COMPLETED",
      snapshot: { kind: "LEADER" },
      sharedNotes: { body: "Cadence slipped in March; back on track." },
    });
    expect(view.can.editNotes).toBe(false);
    expect(JSON.stringify(view)).not.toContain(VP_PRIVATE);
    await expect(getPrivateNote(viewers.managerA, leaderA)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPrivateNote(viewers.vp, leaderA)).body).toBe(VP_PRIVATE);
  });

  it("another manager can neither open nor list it", async () => {
    await expect(getOneOnOne(viewers.managerB, leaderA)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrivateNote(viewers.managerB, leaderA)).rejects.toBeInstanceOf(NotFoundError);
    const lists = await listOneOnOnes(viewers.managerB);
    expect([...lists.upcoming, ...lists.past].map((item) => item.id)).not.toContain(leaderA);
    // Filtering by the other manager as member does not widen the scope either.
    const filtered = await listOneOnOnes(viewers.managerB, { memberId: acme.managerA.id });
    expect([...filtered.upcoming, ...filtered.past]).toEqual([]);
  });

  it("a rep never sees one, theirs or anyone's", async () => {
    for (const viewer of [viewers.repA1, viewers.repA2, viewers.repB1]) {
      await expect(getOneOnOne(viewer, leaderA)).rejects.toBeInstanceOf(NotFoundError);
      const lists = await listOneOnOnes(viewer);
      expect([...lists.upcoming, ...lists.past].every((item) => item.kind === "REP")).toBe(true);
    }
  });

  it("the manager's home lists their own open commitments from it, with the meeting; nobody else's", async () => {
    const mine = await listMyCommitments(viewers.managerA);
    expect(mine).toEqual([expect.objectContaining({ text: commitmentText, overdue: false, oneOnOne: expect.objectContaining({ id: leaderA }) })]);
    expect(await listMyCommitments(viewers.managerB)).toEqual([]);
    expect(await listMyCommitments(viewers.repA1)).toEqual([]);
  });

  it("flags an overdue one and leaves out done ones and the manager's own promises to reps", async () => {
    const organizationId = acme.organization.id;
    const base = { organizationId, memberId: acme.managerA.id, ownerId: acme.managerA.id, oneOnOneId: leaderA, createdById: acme.vp.id };
    await db.commitment.create({ data: { ...base, text: "Overdue: hiring plan", dueOn: new Date(`${addDays(todayIn(ZONE), -3)}T00:00:00Z`) } });
    await db.commitment.create({
      data: { ...base, text: "Done: forecast review", dueOn: new Date(`${addDays(todayIn(ZONE), -10)}T00:00:00Z`), status: "DONE" },
    });
    const repMeeting = await completedDaysAgo(6);
    await db.commitment.create({
      data: {
        organizationId,
        memberId: acme.repA1.id,
        ownerId: acme.managerA.id,
        oneOnOneId: repMeeting,
        createdById: acme.managerA.id,
        text: "Manager sends the pricing deck",
        dueOn: new Date(`${addDays(todayIn(ZONE), 1)}T00:00:00Z`),
      },
    });
    const mine = await listMyCommitments(viewers.managerA);
    expect(mine.map((commitment) => [commitment.text, commitment.overdue])).toEqual([
      ["Overdue: hiring plan", true],
      [commitmentText, false],
    ]);
  });
});
