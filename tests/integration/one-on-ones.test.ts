// One-on-ones against PostgreSQL: role and tenant rules, private-note privacy through everything
// a rep can reach, optimistic concurrency on notes, commitment review and carry-over, the lock
// after completion, carry-forward of agenda items, cadence and completion rates.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn, dayKey } from "@/lib/calendar/days";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { addCommitment } from "@/lib/server/commitments/add-commitment";
import { getCommitmentCompletionRates } from "@/lib/server/commitments/get-commitment-completion-rates";
import { reviewCommitment } from "@/lib/server/commitments/review-commitment";
import { addAddendum } from "@/lib/server/one-on-ones/add-addendum";
import { addAgendaItem } from "@/lib/server/one-on-ones/add-agenda-item";
import { cancelOneOnOne } from "@/lib/server/one-on-ones/cancel-one-on-one";
import { completeOneOnOne, type UnreviewedCommitmentsDetails } from "@/lib/server/one-on-ones/complete-one-on-one";
import { findRepsOutOfCadence } from "@/lib/server/one-on-ones/find-reps-out-of-cadence";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getPrivateNote } from "@/lib/server/one-on-ones/get-private-note";
import { listOneOnOnes } from "@/lib/server/one-on-ones/list-one-on-ones";
import { removeAgendaItem } from "@/lib/server/one-on-ones/remove-agenda-item";
import { savePrivateNote } from "@/lib/server/one-on-ones/save-private-note";
import { saveSharedNotes } from "@/lib/server/one-on-ones/save-shared-notes";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { setAgendaItemDone } from "@/lib/server/one-on-ones/set-agenda-item-done";
import { setCoachingCadence } from "@/lib/server/one-on-ones/set-coaching-cadence";
import { setFocusCompetency } from "@/lib/server/one-on-ones/set-focus-competency";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { startOneOnOneWith } from "@/lib/server/one-on-ones/start-one-on-one-with";
import { utcToZonedWallTime } from "@/lib/calendar/zoned-time";
import { updateAgendaTemplate } from "@/lib/server/one-on-ones/update-agenda-template";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

// Server actions resolve the viewer from the session; here the session is whoever the test says.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/viewer/get-viewer", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/server/viewer/get-viewer")>()), getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let coach: Viewer;
let rep: Viewer;
const ZONE = "America/New_York";
const today = () => todayIn(ZONE);
const tomorrowAt = (time: string) => `${addDays(today(), 1)}T${time}`;

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  coach = await viewerFor(acme.managerA);
  rep = await viewerFor(acme.repA1);
});

async function scheduled(time = "10:00", by: Viewer = coach, memberId = acme.repA1.id) {
  return (await scheduleOneOnOne(by, { memberId, scheduledAt: tomorrowAt(time) })).id;
}

describe("scheduling", () => {
  it("a manager schedules with their own rep, in the organization's time zone", async () => {
    const id = await scheduleOneOnOne(coach, { memberId: acme.repA1.id, scheduledAt: tomorrowAt("10:00") });
    const meeting = await db.oneOnOne.findUniqueOrThrow({ where: { id: id.id }, select: { kind: true, coachId: true, memberId: true, status: true, scheduledAt: true } });
    expect(meeting).toMatchObject({ kind: "REP", coachId: acme.managerA.id, memberId: acme.repA1.id, status: "SCHEDULED" });
    expect(new Intl.DateTimeFormat("en-US", { timeZone: ZONE, hour: "numeric", hour12: false }).format(meeting.scheduledAt)).toBe("10");
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "one_on_one.scheduled", entityId: id.id } })).toBe(1);
  });

  it("refuses another team's rep, another organization's rep, a past date, and a rep or admin scheduling", async () => {
    const otherTeam = await rejection(scheduleOneOnOne(coach, { memberId: acme.repB1.id, scheduledAt: tomorrowAt("10:00") }));
    expect(otherTeam).toBeInstanceOf(InvalidInputError);
    expect((otherTeam as InvalidInputError).fieldErrors.memberId).toBeDefined();
    await expect(scheduleOneOnOne(coach, { memberId: globex.repA1.id, scheduledAt: tomorrowAt("10:00") })).rejects.toBeInstanceOf(InvalidInputError);
    const past = await rejection(scheduleOneOnOne(coach, { memberId: acme.repA1.id, scheduledAt: `${addDays(today(), -2)}T10:00` }));
    expect((past as InvalidInputError).fieldErrors.scheduledAt).toEqual(["must be today or later"]);
    await expect(scheduleOneOnOne(rep, { memberId: acme.repA1.id, scheduledAt: tomorrowAt("10:00") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scheduleOneOnOne(await viewerFor(acme.admin), { memberId: acme.repA1.id, scheduledAt: tomorrowAt("10:00") })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("who sees which one-on-one", () => {
  let repMeeting: string;
  let leaderMeeting: string;

  beforeAll(async () => {
    repMeeting = await scheduled("11:00");
    leaderMeeting = await scheduled("12:00", await viewerFor(acme.vp), acme.managerA.id);
  });

  it("the coach and the rep open their meeting; the VP reads it as an observer", async () => {
    expect((await getOneOnOne(coach, repMeeting)).role).toBe("coach");
    expect((await getOneOnOne(rep, repMeeting)).role).toBe("member");
    const observed = await getOneOnOne(await viewerFor(acme.vp), repMeeting);
    expect(observed.role).toBe("observer");
    expect(Object.values(observed.can).some(Boolean)).toBe(false);
  });

  it("answers NotFound to another manager, a teammate, the ADMIN and every user of another organization", async () => {
    for (const user of [acme.managerB, acme.repA2, acme.repB1, acme.admin, globex.managerA, globex.vp, globex.admin, globex.repA1]) {
      await expect(getOneOnOne(await viewerFor(user), repMeeting), `as ${user.email}`).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(addAgendaItem(await viewerFor(acme.managerB), { oneOnOneId: repMeeting, title: "Sneaky" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSharedNotes(await viewerFor(globex.managerA), { oneOnOneId: repMeeting, body: "x", version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startOneOnOne(await viewerFor(globex.vp), repMeeting)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a VP observer and a rep cannot write what only the coach may", async () => {
    const vp = await viewerFor(acme.vp);
    await expect(saveSharedNotes(vp, { oneOnOneId: repMeeting, body: "VP was here", version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(savePrivateNote(vp, { oneOnOneId: repMeeting, body: "VP private", version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPrivateNote(vp, repMeeting)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startOneOnOne(rep, repMeeting)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelOneOnOne(rep, repMeeting)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a LEADER meeting is the VP's (coach) and the manager's (member), nobody else's", async () => {
    expect((await getOneOnOne(await viewerFor(acme.vp), leaderMeeting)).role).toBe("coach");
    expect((await getOneOnOne(coach, leaderMeeting)).role).toBe("member");
    const otherVp = await createUser(acme.organization.id, "VP");
    for (const user of [acme.managerB, acme.repA1, acme.admin, otherVp]) {
      await expect(getOneOnOne(await viewerFor(user), leaderMeeting)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("lists only the viewer's meetings: another manager and the ADMIN see none of manager A's", async () => {
    const own = await listOneOnOnes(coach);
    const ids = own.upcoming.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([repMeeting, leaderMeeting]));
    expect(own.upcoming.find((item) => item.id === leaderMeeting)?.role).toBe("member");
    expect((await listOneOnOnes(await viewerFor(acme.managerB))).upcoming.map((item) => item.id)).not.toContain(repMeeting);
    expect(await listOneOnOnes(await viewerFor(acme.admin))).toMatchObject({ upcoming: [], past: [] });
    const vpLists = await listOneOnOnes(await viewerFor(acme.vp));
    expect(vpLists.upcoming.map((item) => item.id)).toEqual([leaderMeeting]);
    expect(vpLists.observed?.upcoming.map((item) => item.id)).toContain(repMeeting);
    expect((await listOneOnOnes(rep)).upcoming.every((item) => item.member.id === acme.repA1.id)).toBe(true);
  });
});

describe("shared notes under concurrent edits", () => {
  it("a stale version is a conflict: nothing is overwritten and both texts are available to merge", async () => {
    const id = await scheduled("13:00");
    const first = await saveSharedNotes(coach, { oneOnOneId: id, body: "Coach: talk about discovery", version: 0 });
    expect(first.version).toBe(1);

    // The rep started typing on version 0 too.
    const repText = "Rep: I want to talk about my pipeline";
    const conflict = await rejection(saveSharedNotes(rep, { oneOnOneId: id, body: repText, version: 0 }));
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).details).toEqual({ kind: "notes_conflict", serverBody: "Coach: talk about discovery", serverVersion: 1 });
    expect(await db.oneOnOne.findUniqueOrThrow({ where: { id }, select: { sharedNotes: true, version: true } })).toEqual({ sharedNotes: "Coach: talk about discovery", version: 1 });

    // The rep merges both texts on top of the server's version.
    const merged = `Coach: talk about discovery\n${repText}`;
    expect((await saveSharedNotes(rep, { oneOnOneId: id, body: merged, version: 1 })).version).toBe(2);
    expect((await getOneOnOne(coach, id)).sharedNotes).toEqual({ body: merged, version: 2 });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "one_on_one.shared_notes_saved", entityId: id } })).toBe(2);
  });

  it("the shared-notes action answers a conflict with the server's text instead of an error", async () => {
    const { saveSharedNotesAction } = await import("@/app/(app)/one-on-ones/actions");
    const id = await scheduled("13:30");
    session.viewer = coach;
    expect(await saveSharedNotesAction(null, { oneOnOneId: id, body: "v1 from coach", version: 0 })).toMatchObject({ ok: true, data: { status: "saved", version: 1 } });
    session.viewer = rep;
    expect(await saveSharedNotesAction(null, { oneOnOneId: id, body: "rep on v0", version: 0 })).toMatchObject({ ok: true, data: { status: "conflict", serverBody: "v1 from coach", serverVersion: 1 } });
  });

  it("private notes have the same rule, and the first save by two windows at once conflicts too", async () => {
    const id = await scheduled("14:00");
    expect(await savePrivateNote(coach, { oneOnOneId: id, body: "tab one", version: 0 })).toMatchObject({ version: 1 });
    const conflict = await rejection(savePrivateNote(coach, { oneOnOneId: id, body: "tab two", version: 0 }));
    expect((conflict as ConflictError).details).toEqual({ kind: "notes_conflict", serverBody: "tab one", serverVersion: 1 });
    expect(await getPrivateNote(coach, id)).toMatchObject({ body: "tab one", version: 1 });
  });
});

describe("private notes never reach the rep", () => {
  const SECRET = "PRIVATE-7f3a: worried about burnout, check workload";

  it("through the page data, every operation and action the rep can call, and the summary", async () => {
    const actions = await import("@/app/(app)/one-on-ones/actions");
    const id = await scheduled("15:00");
    await savePrivateNote(coach, { oneOnOneId: id, body: SECRET, version: 0 });
    expect((await getPrivateNote(coach, id)).body).toBe(SECRET);
    // The audit log keeps that a private note was saved, never its text.
    const audits = await db.auditLog.findMany({ where: { organizationId: acme.organization.id, entityId: id }, select: { before: true, after: true } });
    expect(JSON.stringify(audits)).not.toContain("7f3a");

    const seen: unknown[] = [];
    const asRep = async <T>(work: Promise<T>) => {
      try {
        seen.push(await work);
      } catch (error) {
        seen.push({ error: String(error), details: (error as { details?: unknown }).details, message: (error as Error).message });
      }
    };
    await asRep(getOneOnOne(rep, id));
    await asRep(listOneOnOnes(rep));
    await asRep(listOneOnOnes(rep, { memberId: acme.repA1.id }));
    await asRep(getPrivateNote(rep, id));
    await asRep(savePrivateNote(rep, { oneOnOneId: id, body: "rep tries", version: 1 }));
    await asRep(savePrivateNote(rep, { oneOnOneId: id, body: "rep tries", version: 0 }));
    await asRep(saveSharedNotes(rep, { oneOnOneId: id, body: "rep's topics", version: 0 }));
    await asRep(saveSharedNotes(rep, { oneOnOneId: id, body: "stale", version: 0 }));
    const item = await addAgendaItem(rep, { oneOnOneId: id, title: "My pipeline" });
    seen.push(item);
    await asRep(setAgendaItemDone(rep, { oneOnOneId: id, agendaItemId: item.id, done: true }));
    await asRep(addCommitment(rep, { oneOnOneId: id, text: "Call two references", owner: "member", dueOn: addDays(today(), 7) }));
    await asRep(getCommitmentCompletionRates(rep));
    await asRep(findRepsOutOfCadence(rep));

    // The same through the server actions, as the rep's browser would call them.
    session.viewer = rep;
    await asRep(actions.savePrivateNoteAction(null, { oneOnOneId: id, body: "rep tries", version: 0 }));
    await asRep(actions.savePrivateNoteAction(null, { oneOnOneId: id, body: "rep tries", version: 1 }));
    await asRep(actions.saveSharedNotesAction(null, { oneOnOneId: id, body: "stale again", version: 0 }));
    await asRep(actions.addAgendaItemAction(null, { oneOnOneId: id, title: "Another topic" }));
    await asRep(actions.addCommitmentAction(null, { oneOnOneId: id, text: "Send recap", owner: "member", dueOn: addDays(today(), 3) }));
    await asRep(actions.startOneOnOneAction(null, { oneOnOneId: id }));
    await asRep(actions.completeOneOnOneAction(null, { oneOnOneId: id }));

    // The coach runs and completes the meeting; the rep reads the summary.
    await startOneOnOne(coach, id);
    await completeOneOnOne(coach, id);
    await asRep(getOneOnOne(rep, id));
    await asRep(addAddendum(rep, { oneOnOneId: id, body: "I did call one reference already" }));
    await asRep(actions.addAddendumAction(null, { oneOnOneId: id, body: "And the second" }));
    await asRep(getOneOnOne(rep, id));

    const everything = JSON.stringify(seen);
    expect(everything).toContain("rep's topics");
    expect(everything).not.toContain("7f3a");
    expect(everything).not.toContain("burnout");
    // And the coach still has them, unchanged.
    expect((await getPrivateNote(coach, id)).body).toBe(SECRET);
    const summary = await getOneOnOne(rep, id);
    expect(summary.status).toBe("COMPLETED");
    expect(summary.snapshot?.kind).toBe("REP");
    expect(summary.newCommitments.map((commitment) => commitment.text)).toEqual(expect.arrayContaining(["Call two references", "Send recap"]));
    expect(summary.addenda.map((addendum) => addendum.body)).toEqual(["I did call one reference already", "And the second"]);
  });
});

describe("running a meeting", () => {
  it("starting freezes the numbers and the agenda template, and sets the focus the coach chose", async () => {
    const id = await scheduled("16:00");
    const focus = await db.competency.findFirstOrThrow({ where: { organizationId: acme.organization.id, kind: "REP", name: "Closing" }, select: { id: true } });
    await setFocusCompetency(coach, { oneOnOneId: id, competencyId: focus.id });
    await startOneOnOne(coach, id);
    const started = await getOneOnOne(coach, id);
    expect(started.status).toBe("IN_PROGRESS");
    expect(started.snapshot).toMatchObject({ kind: "REP", currency: "USD" });
    expect(started.snapshot?.kind === "REP" && started.snapshot.levers.length).toBeGreaterThan(3);
    expect(started.focus?.name).toBe("Closing");
    expect(started.focus?.questions.length).toBeGreaterThanOrEqual(3);
    expect(started.focus?.questions.length).toBeLessThanOrEqual(5);
    await expect(startOneOnOne(coach, id)).rejects.toBeInstanceOf(ConflictError);

    // A template edited later changes the next meetings, not the one already started.
    const admin = await viewerFor(acme.admin);
    const edited = started.agenda.map((section) => (section.section === "NUMBERS" ? { ...section, title: "Scoreboard" } : section));
    await updateAgendaTemplate(admin, { kind: "REP", sections: edited });
    expect((await getOneOnOne(coach, id)).agenda.find((section) => section.section === "NUMBERS")?.title).not.toBe("Scoreboard");
    const later = await scheduled("16:30");
    expect((await getOneOnOne(coach, later)).agenda.find((section) => section.section === "NUMBERS")?.title).toBe("Scoreboard");
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "agenda_template.updated" } })).toBe(1);
  });

  it("a focus competency must be the organization's and of the meeting's kind", async () => {
    const id = await scheduled("16:45");
    const leaderCompetency = await db.competency.findFirstOrThrow({ where: { organizationId: acme.organization.id, kind: "LEADER" }, select: { id: true } });
    const foreign = await db.competency.findFirstOrThrow({ where: { organizationId: globex.organization.id, kind: "REP" }, select: { id: true } });
    await expect(setFocusCompetency(coach, { oneOnOneId: id, competencyId: leaderCompetency.id })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(setFocusCompetency(coach, { oneOnOneId: id, competencyId: foreign.id })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("a LEADER meeting starts with the manager's teams frozen", async () => {
    const vp = await viewerFor(acme.vp);
    const id = await scheduled("17:00", vp, acme.managerA.id);
    await startOneOnOne(vp, id);
    const started = await getOneOnOne(vp, id);
    expect(started.snapshot).toMatchObject({ kind: "LEADER", teams: [{ teamId: acme.teamA.id, name: "Team A" }] });
    expect(started.agenda.some((section) => section.title === "Coaching scorecard")).toBe(true);
  });
});

describe("commitments across meetings", () => {
  let firstId: string;
  let secondId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const member = await createUser(acme.organization.id, "REP", { teamId: acme.teamA.id });
    const memberViewer = await viewerFor(member);
    firstId = await scheduled("08:00", coach, member.id);
    await startOneOnOne(coach, firstId);
    for (const [key, owner] of [["report", "member"], ["roleplay", "member"], ["intro", "coach"]] as const) {
      ids[key] = (await addCommitment(owner === "member" ? memberViewer : coach, { oneOnOneId: firstId, text: `Commitment ${key}`, owner, dueOn: addDays(today(), 5) })).id;
    }
    const done = await addAgendaItem(memberViewer, { oneOnOneId: firstId, title: "Discussed topic" });
    await addAgendaItem(memberViewer, { oneOnOneId: firstId, title: "Unfinished topic" });
    await setAgendaItemDone(coach, { oneOnOneId: firstId, agendaItemId: done.id, done: true });
    await completeOneOnOne(coach, firstId);
    secondId = await scheduled("09:00", coach, member.id);
    ids.member = member.id;
  });

  it("the next meeting lists the open commitments for review and carries the unfinished agenda item", async () => {
    const second = await getOneOnOne(coach, secondId);
    expect(second.commitmentsToReview.map((commitment) => commitment.text).sort()).toEqual(["Commitment intro", "Commitment report", "Commitment roleplay"]);
    expect(second.commitmentsToReview.every((commitment) => commitment.reviewable)).toBe(true);
    expect(second.commitmentsToReview.find((commitment) => commitment.text === "Commitment intro")?.owner.isCoach).toBe(true);
    expect(second.agendaItems.map((item) => [item.title, item.carried])).toEqual([["Unfinished topic", true]]);
  });

  it("review: done, missed, carried over (a new open commitment linked to the old one, which is closed and reviewed)", async () => {
    await startOneOnOne(coach, secondId);
    await reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: ids.report ?? "", outcome: "DONE" });
    await reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: ids.roleplay ?? "", outcome: "MISSED" });
    const newDue = addDays(today(), 12);
    const { carriedOverId } = await reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: ids.intro ?? "", outcome: "CARRY_OVER", dueOn: newDue });

    const carried = await db.commitment.findUniqueOrThrow({ where: { id: carriedOverId ?? "" }, select: { status: true, carriedFromId: true, oneOnOneId: true, text: true, ownerId: true, dueOn: true } });
    expect(carried).toMatchObject({ status: "OPEN", carriedFromId: ids.intro, oneOnOneId: secondId, text: "Commitment intro", ownerId: acme.managerA.id });
    expect(dayKey(carried.dueOn)).toBe(newDue);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: ids.intro ?? "" }, select: { reviewedInId: true, status: true } })).toEqual({ reviewedInId: secondId, status: "MISSED" });

    const view = await getOneOnOne(coach, secondId);
    expect(Object.fromEntries(view.commitmentsToReview.map((commitment) => [commitment.text, commitment.outcome]))).toEqual({ "Commitment report": "DONE", "Commitment roleplay": "MISSED", "Commitment intro": "CARRY_OVER" });
    expect(view.commitmentsToReview.every((commitment) => !commitment.reviewable)).toBe(true);
    expect(view.newCommitments).toEqual([expect.objectContaining({ id: carriedOverId, carried: true, status: "OPEN" })]);
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "commitment.reviewed" } })).toBe(3);
  });

  it("a commitment is reviewed once, by the coach, and only one of this member's", async () => {
    await expect(reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: ids.report ?? "", outcome: "MISSED" })).rejects.toBeInstanceOf(ConflictError);
    await expect(reviewCommitment(await viewerFor({ id: ids.member ?? "", organizationId: acme.organization.id }), { oneOnOneId: secondId, commitmentId: ids.report ?? "", outcome: "DONE" })).rejects.toBeInstanceOf(ForbiddenError);
    const othersCommitment = await db.commitment.create({
      data: { organizationId: acme.organization.id, memberId: acme.repA2.id, ownerId: acme.repA2.id, text: "Not yours", dueOn: new Date(`${today()}T00:00:00Z`), createdById: acme.managerA.id },
      select: { id: true },
    });
    await expect(reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: othersCommitment.id, outcome: "DONE" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewCommitment(coach, { oneOnOneId: secondId, commitmentId: ids.roleplay ?? "", outcome: "CARRY_OVER", dueOn: addDays(today(), -1) })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("completion rates count done against missed; a carried-over commitment counts by how its successor ends", async () => {
    const rates = await getCommitmentCompletionRates(coach, { to: addDays(today(), 30) });
    const member = rates.reps.find((entry) => entry.repId === ids.member);
    expect(member).toMatchObject({ done: 1, missed: 1, carriedOver: 1, open: 1, overdue: 0, completionRate: 0.5, managerId: acme.managerA.id });
    expect(rates.managers.find((entry) => entry.managerId === acme.managerA.id)?.done).toBeGreaterThanOrEqual(1);
    expect(rates.reps.every((entry) => [acme.repA1.id, acme.repA2.id, ids.member].includes(entry.repId))).toBe(true);
    expect((await getCommitmentCompletionRates(await viewerFor(acme.managerB), { to: addDays(today(), 30) })).reps.map((entry) => entry.repId)).toEqual([acme.repB1.id]);
  });

  it("completing a meeting carries its unfinished agenda items into the next one already scheduled", async () => {
    const thirdId = await scheduled("09:30", coach, ids.member);
    const open = await addAgendaItem(coach, { oneOnOneId: secondId, title: "Pricing objection", section: "FOCUS" });
    await completeOneOnOne(coach, secondId);
    const third = await getOneOnOne(coach, thirdId);
    expect(third.agendaItems.map((item) => item.title).sort()).toEqual(["Pricing objection", "Unfinished topic"]);
    expect(third.agendaItems.find((item) => item.title === "Pricing objection")?.section).toBe("FOCUS");
    expect(await db.agendaItem.count({ where: { carriedFromId: open.id } })).toBe(1);
  });
});

describe("completing with commitments due for review", () => {
  it("stops with the list, completes only when each one is reviewed or knowingly left, and the record says which were left", async () => {
    const cast = await createOrganizationCast("Review Co");
    const manager = await viewerFor(cast.managerA);
    const member = cast.repA2.id;
    const commitment = async (text: string, dueOn: string) =>
      (await db.commitment.create({ data: { organizationId: cast.organization.id, memberId: member, ownerId: member, text, dueOn: new Date(`${dueOn}T00:00:00Z`), createdById: cast.managerA.id }, select: { id: true } })).id;
    const overdue = await commitment("Send the mutual action plan to Northwind", addDays(today(), -2));
    const later = await commitment("Book a second stakeholder at Contoso", addDays(today(), 3));
    const id = await scheduled("09:00", manager, member);
    await startOneOnOne(manager, id);

    const stopped = await rejection(completeOneOnOne(manager, id));
    expect(stopped).toBeInstanceOf(ConflictError);
    expect((stopped as ConflictError).message).toBe("2 commitments from earlier meetings are not reviewed yet");
    expect((stopped as ConflictError).details).toEqual({
      kind: "unreviewed_commitments",
      commitments: [
        { id: overdue, text: "Send the mutual action plan to Northwind", dueOn: addDays(today(), -2) },
        { id: later, text: "Book a second stakeholder at Contoso", dueOn: addDays(today(), 3) },
      ],
    });
    expect((await db.oneOnOne.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("IN_PROGRESS");

    // The action answers the list instead of an error, so the page can offer both ways on.
    const actions = await import("@/app/(app)/one-on-ones/actions");
    session.viewer = manager;
    const answer = await actions.completeOneOnOneAction(null, { oneOnOneId: id });
    expect(answer).toMatchObject({ ok: true, data: { status: "unreviewed", commitments: [{ id: overdue }, { id: later }] } });

    await reviewCommitment(manager, { oneOnOneId: id, commitmentId: overdue, outcome: "DONE" });
    // Acknowledging a stale list is not enough: every commitment still due must be named.
    await expect(completeOneOnOne(manager, id, { completeWithoutReview: [overdue] })).rejects.toThrow("1 commitment from earlier meetings is not reviewed yet");
    expect(await actions.completeOneOnOneAction(null, { oneOnOneId: id, completeWithoutReview: [later] })).toEqual({ ok: true, data: { status: "completed" } });

    const record = await db.oneOnOne.findUniqueOrThrow({ where: { id }, select: { status: true, unreviewedCommitmentIds: true } });
    expect(record).toEqual({ status: "COMPLETED", unreviewedCommitmentIds: [later] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: cast.organization.id, action: "one_on_one.completed", entityId: id }, select: { after: true } });
    expect(audit.after).toMatchObject({ unreviewedCommitmentIds: [later] });

    const view = await getOneOnOne(await viewerFor(cast.repA2), id);
    expect(view.commitmentsToReview.map((entry) => [entry.id, entry.outcome, entry.leftUnreviewed, entry.status])).toEqual([
      [overdue, "DONE", false, "DONE"],
      [later, null, true, "OPEN"],
    ]);
    // What was left stays open and comes up in the next meeting.
    const next = await scheduled("11:00", manager, member);
    const nextView = await getOneOnOne(manager, next);
    expect(nextView.commitmentsToReview.filter((entry) => entry.reviewable).map((entry) => entry.id)).toEqual([later]);
  });

  it("each meeting carries the previous meeting's frozen numbers, for the change column; the first has none", async () => {
    const cast = await createOrganizationCast("Change Co");
    const manager = await viewerFor(cast.managerA);
    const first = await scheduled("08:00", manager, cast.repA1.id);
    await startOneOnOne(manager, first);
    await completeOneOnOne(manager, first);
    const second = await scheduled("12:00", manager, cast.repA1.id);
    expect((await getOneOnOne(manager, first)).previousSnapshot).toBeNull();
    await startOneOnOne(manager, second);
    const [firstView, secondView] = [await getOneOnOne(manager, first), await getOneOnOne(await viewerFor(cast.repA1), second)];
    expect(secondView.previousSnapshot?.label).toBe(firstView.scheduledLabel);
    expect(secondView.previousSnapshot?.snapshot).toEqual(firstView.snapshot);
    expect(secondView.snapshot?.kind).toBe("REP");
  });

  it("a meeting with nothing due for review completes at once, and only the coach may complete", async () => {
    const cast = await createOrganizationCast("Quiet Co");
    const manager = await viewerFor(cast.managerA);
    const id = await scheduled("10:00", manager, cast.repA1.id);
    await startOneOnOne(manager, id);
    await expect(completeOneOnOne(await viewerFor(cast.repA1), id, { completeWithoutReview: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(completeOneOnOne(await viewerFor(cast.managerB), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(completeOneOnOne(coach, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await completeOneOnOne(manager, id)).toEqual({ unreviewedCommitmentIds: [] });
  });
});

describe("starting a one-on-one from the rep profile or the team dashboard", () => {
  it("the rep's manager starts one now (numbers frozen), then reopens it instead of starting another", async () => {
    const cast = await createOrganizationCast("Start Co");
    const manager = await viewerFor(cast.managerA);
    const started = await startOneOnOneWith(manager, cast.repA1.id);
    expect(started.created).toBe(true);
    const meeting = await db.oneOnOne.findUniqueOrThrow({ where: { id: started.id }, select: { status: true, coachId: true, memberId: true, kind: true, kpiSnapshot: true } });
    expect(meeting).toMatchObject({ status: "IN_PROGRESS", coachId: cast.managerA.id, memberId: cast.repA1.id, kind: "REP" });
    expect(meeting.kpiSnapshot).toMatchObject({ kind: "REP" });
    expect(await startOneOnOneWith(manager, cast.repA1.id)).toEqual({ id: started.id, created: false });
    expect(await db.oneOnOne.count({ where: { organizationId: cast.organization.id, memberId: cast.repA1.id } })).toBe(1);

    // A meeting already scheduled for today is the one started.
    const later = utcToZonedWallTime(new Date(Date.now() + 60_000), ZONE);
    if (later.slice(0, 10) === today()) {
      const todays = await scheduleOneOnOne(manager, { memberId: cast.repA2.id, scheduledAt: later });
      expect(await startOneOnOneWith(manager, cast.repA2.id)).toEqual({ id: todays.id, created: false });
      expect((await db.oneOnOne.findUniqueOrThrow({ where: { id: todays.id }, select: { status: true } })).status).toBe("IN_PROGRESS");
    }
  });

  it("nobody else may: another team's or organization's rep, a rep, the VP, the ADMIN — through the action too", async () => {
    const cast = await createOrganizationCast("Start Rules Co");
    const manager = await viewerFor(cast.managerA);
    await expect(startOneOnOneWith(manager, cast.repB1.id)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(startOneOnOneWith(manager, globex.repA1.id)).rejects.toBeInstanceOf(InvalidInputError);
    for (const user of [cast.repA1, cast.vp, cast.admin]) await expect(startOneOnOneWith(await viewerFor(user), cast.repA1.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.oneOnOne.count({ where: { organizationId: { in: [cast.organization.id, globex.organization.id] }, coachId: cast.managerA.id } })).toBe(0);

    const actions = await import("@/app/(app)/one-on-ones/actions");
    session.viewer = await viewerFor(cast.vp);
    expect(await actions.startOneOnOneWithAction(null, { memberId: cast.repA1.id })).toEqual({ ok: false, message: "You are not allowed to do this." });
    session.viewer = manager;
    expect(await actions.startOneOnOneWithAction(null, { memberId: cast.repB1.id })).toMatchObject({ ok: false, fieldErrors: { memberId: ["Choose one of your reps"] } });
    const answer = await actions.startOneOnOneWithAction(null, { memberId: cast.repA1.id });
    expect(answer).toMatchObject({ ok: true, data: { id: expect.any(String) } });
  });
});

describe("after completion", () => {
  it("the meeting is locked: every edit is refused, and changes go into audited addenda", async () => {
    const id = await scheduled("18:00");
    const item = await addAgendaItem(rep, { oneOnOneId: id, title: "Topic" });
    const commitment = await db.commitment.create({
      data: { organizationId: acme.organization.id, memberId: acme.repA1.id, ownerId: acme.repA1.id, text: "Older one", dueOn: new Date(`${today()}T00:00:00Z`), createdById: acme.managerA.id },
      select: { id: true },
    });
    await expect(addAddendum(rep, { oneOnOneId: id, body: "Too early" })).rejects.toBeInstanceOf(ConflictError);
    await expect(completeOneOnOne(coach, id)).rejects.toThrow("Start the one-on-one before completing it");
    await startOneOnOne(coach, id);
    const notes = await saveSharedNotes(coach, { oneOnOneId: id, body: "Final notes", version: 0 });
    // Earlier tests left open commitments: this meeting is completed without reviewing them, knowingly.
    const warned = await rejection(completeOneOnOne(coach, id));
    const due = ((warned as ConflictError).details as UnreviewedCommitmentsDetails).commitments.map((entry) => entry.id);
    expect(due).toContain(commitment.id);
    await completeOneOnOne(coach, id, { completeWithoutReview: due });

    const refusals = [
      () => saveSharedNotes(coach, { oneOnOneId: id, body: "Rewritten", version: notes.version }),
      () => savePrivateNote(coach, { oneOnOneId: id, body: "Later thought", version: 0 }),
      () => addAgendaItem(rep, { oneOnOneId: id, title: "Late topic" }),
      () => setAgendaItemDone(rep, { oneOnOneId: id, agendaItemId: item.id, done: true }),
      () => removeAgendaItem(coach, { oneOnOneId: id, agendaItemId: item.id }),
      () => addCommitment(coach, { oneOnOneId: id, text: "Late", owner: "member", dueOn: addDays(today(), 2) }),
      () => reviewCommitment(coach, { oneOnOneId: id, commitmentId: commitment.id, outcome: "DONE" }),
      () => completeOneOnOne(coach, id),
      () => cancelOneOnOne(coach, id),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(ConflictError);
    const locked = await db.oneOnOne.findUniqueOrThrow({ where: { id }, select: { sharedNotes: true, status: true, _count: { select: { agendaItems: true } } } });
    expect(locked).toMatchObject({ sharedNotes: "Final notes", status: "COMPLETED", _count: { agendaItems: 1 } });

    await addAddendum(coach, { oneOnOneId: id, body: "Rep closed the deal we discussed." });
    const view = await getOneOnOne(rep, id);
    expect(view.addenda).toEqual([expect.objectContaining({ body: "Rep closed the deal we discussed.", author: expect.any(String) })]);
    expect(view.can).toMatchObject({ editNotes: false, addCommitment: false, addAddendum: true });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "one_on_one.addendum_added", entityId: id } })).toBe(1);
    await expect(addAddendum(await viewerFor(acme.vp), { oneOnOneId: id, body: "VP note" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("cadence", () => {
  it("flags reps whose last one-on-one is older than their manager's cadence, scoped to the manager", async () => {
    const cast = await createOrganizationCast("Cadence Co");
    const manager = await viewerFor(cast.managerA);
    const id = await scheduled("10:00", manager, cast.repA1.id);
    await startOneOnOne(manager, id);
    await completeOneOnOne(manager, id);
    const meetingDay = addDays(today(), 1);

    expect(await findRepsOutOfCadence(manager, { asOf: addDays(meetingDay, 10) })).toEqual([]);
    const late = await findRepsOutOfCadence(manager, { asOf: addDays(meetingDay, 20) });
    expect(late.map((entry) => [entry.repId, entry.daysSinceLast, entry.cadence])).toEqual(
      expect.arrayContaining([
        [cast.repA1.id, 20, "BIWEEKLY"],
        [cast.repA2.id, null, "BIWEEKLY"],
      ]),
    );
    expect(late.map((entry) => entry.repId)).not.toContain(cast.repB1.id);

    await setCoachingCadence(manager, "MONTHLY");
    expect(await findRepsOutOfCadence(await viewerFor(cast.managerA), { asOf: addDays(meetingDay, 20) })).toEqual([]);
    expect((await listOneOnOnes(manager)).cadence).toEqual({ value: "MONTHLY", isOrganizationDefault: false });
    await expect(setCoachingCadence(await viewerFor(cast.repA1), "WEEKLY")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
