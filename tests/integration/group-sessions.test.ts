import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { addGroupCommitment } from "@/lib/server/group-sessions/add-group-commitment";
import { cancelGroupSession } from "@/lib/server/group-sessions/cancel-group-session";
import { completeGroupSession } from "@/lib/server/group-sessions/complete-group-session";
import { createGroupSession } from "@/lib/server/group-sessions/create-group-session";
import { getGroupSession } from "@/lib/server/group-sessions/get-group-session";
import { listGroupSessions } from "@/lib/server/group-sessions/list-group-sessions";
import { saveGroupSessionNotes } from "@/lib/server/group-sessions/save-group-session-notes";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let repA3: Awaited<ReturnType<typeof createUser>>;
const today = () => todayIn("America/New_York");
const tomorrowAt = (time: string) => `${addDays(today(), 1)}T${time}`;
let sessionId = "";

beforeAll(async () => {
  cast = await createOrganizationCast("Group coaching");
  repA3 = await createUser(cast.organization.id, "REP", { teamId: cast.teamA.id });
});

async function auditCount(action: string) {
  return db.auditLog.count({ where: { organizationId: cast.organization.id, action } });
}

describe("group sessions", () => {
  it("a manager plans one with reps of their own team, audited; nobody else can", async () => {
    const manager = await viewerFor(cast.managerA);
    const before = await auditCount("group_session.scheduled");
    sessionId = (await createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id, cast.repA2.id], scheduledAt: tomorrowAt("09:00") })).id;
    expect(await auditCount("group_session.scheduled")).toBe(before + 1);
    await expect(createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id], scheduledAt: tomorrowAt("09:00") })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id, cast.repB1.id], scheduledAt: tomorrowAt("09:00") })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createGroupSession(manager, { teamId: cast.teamB.id, repIds: [cast.repB1.id, cast.repA1.id], scheduledAt: tomorrowAt("09:00") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createGroupSession(await viewerFor(cast.vp), { teamId: cast.teamA.id, repIds: [cast.repA1.id, cast.repA2.id], scheduledAt: tomorrowAt("09:00") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id, cast.repA2.id], scheduledAt: `${addDays(today(), -2)}T09:00` })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("coach, attendees and the VP see it; a teammate not attending, another manager and an admin do not", async () => {
    const view = await getGroupSession(await viewerFor(cast.managerA), sessionId);
    expect(view.role).toBe("coach");
    expect(view.attendees.map((attendee) => attendee.id).sort()).toEqual([cast.repA1.id, cast.repA2.id].sort());
    expect((await getGroupSession(await viewerFor(cast.repA1), sessionId)).role).toBe("member");
    const vpView = await getGroupSession(await viewerFor(cast.vp), sessionId);
    expect(vpView.role).toBe("observer");
    expect(vpView.can).toEqual({ writeNotes: false, addCommitment: false, complete: false, cancel: false });
    expect(view.can.cancel).toBe(true);
    for (const outsider of [repA3, cast.managerB, cast.admin, cast.repB1]) await expect(getGroupSession(await viewerFor(outsider), sessionId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listGroupSessions(await viewerFor(cast.repA1))).sessions.map((session) => session.id)).toEqual([sessionId]);
    expect((await listGroupSessions(await viewerFor(repA3))).sessions).toEqual([]);
    expect((await listGroupSessions(await viewerFor(cast.managerA))).teams.map((team) => team.id)).toEqual([cast.teamA.id]);
  });

  it("coach and attendees share notes with versions; the VP only reads", async () => {
    const { version } = await saveGroupSessionNotes(await viewerFor(cast.managerA), { groupSessionId: sessionId, body: "Role-play the first two minutes", version: 0 });
    await expect(saveGroupSessionNotes(await viewerFor(cast.repA1), { groupSessionId: sessionId, body: "stale", version: 0 })).rejects.toBeInstanceOf(ConflictError);
    await saveGroupSessionNotes(await viewerFor(cast.repA1), { groupSessionId: sessionId, body: "Role-play the first two minutes\nAsk about budget earlier", version });
    await expect(saveGroupSessionNotes(await viewerFor(cast.vp), { groupSessionId: sessionId, body: "x", version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getGroupSession(await viewerFor(cast.repA2), sessionId)).sharedNotes).toEqual({ body: "Role-play the first two minutes\nAsk about budget earlier", version: 2 });
  });

  it("each attendee leaves with a commitment that follows them into their next one-on-one", async () => {
    const manager = await viewerFor(cast.managerA);
    const dueOn = addDays(today(), 7);
    await expect(addGroupCommitment(await viewerFor(cast.repA1), { groupSessionId: sessionId, repId: cast.repA1.id, text: "Self-assigned", dueOn })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addGroupCommitment(manager, { groupSessionId: sessionId, repId: repA3.id, text: "Not attending", dueOn })).rejects.toBeInstanceOf(InvalidInputError);
    const before = await auditCount("commitment.created");
    await addGroupCommitment(manager, { groupSessionId: sessionId, repId: cast.repA1.id, text: "Open three calls with the budget question", dueOn });
    expect(await auditCount("commitment.created")).toBe(before + 1);
    // Not every attendee has one yet.
    await expect(completeGroupSession(manager, sessionId)).rejects.toBeInstanceOf(ConflictError);
    await addGroupCommitment(manager, { groupSessionId: sessionId, repId: cast.repA2.id, text: "Record one call and review it", dueOn });
    const completed = await auditCount("group_session.completed");
    await completeGroupSession(manager, sessionId);
    expect(await auditCount("group_session.completed")).toBe(completed + 1);
    await expect(saveGroupSessionNotes(manager, { groupSessionId: sessionId, body: "late", version: 2 })).rejects.toBeInstanceOf(ForbiddenError);

    const meetingId = (await scheduleOneOnOne(manager, { memberId: cast.repA1.id, scheduledAt: tomorrowAt("15:00") })).id;
    await startOneOnOne(manager, meetingId);
    const meeting = await getOneOnOne(manager, meetingId);
    expect(meeting.commitmentsToReview.map((commitment) => commitment.text)).toContain("Open three calls with the budget question");
  });

  it("the coach cancels a planned session nobody committed in; attendees see it cancelled and nothing in it changes", async () => {
    const manager = await viewerFor(cast.managerA);
    const planned = (await createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id, repA3.id], scheduledAt: tomorrowAt("11:00") })).id;
    // Only the coach: an attendee and the VP are refused, anyone else does not see it.
    await expect(cancelGroupSession(await viewerFor(cast.repA1), planned)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelGroupSession(await viewerFor(cast.vp), planned)).rejects.toBeInstanceOf(ForbiddenError);
    for (const outsider of [cast.managerB, cast.admin, cast.repA2]) await expect(cancelGroupSession(await viewerFor(outsider), planned)).rejects.toBeInstanceOf(NotFoundError);
    const before = await auditCount("group_session.cancelled");
    await cancelGroupSession(manager, planned);
    expect(await auditCount("group_session.cancelled")).toBe(before + 1);
    const seen = await getGroupSession(await viewerFor(repA3), planned);
    expect(seen.status).toBe("CANCELLED");
    expect((await getGroupSession(manager, planned)).can).toEqual({ writeNotes: false, addCommitment: false, complete: false, cancel: false });
    expect((await listGroupSessions(await viewerFor(repA3))).sessions.find((session) => session.id === planned)?.status).toBe("CANCELLED");
    await expect(cancelGroupSession(manager, planned)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveGroupSessionNotes(manager, { groupSessionId: planned, body: "late", version: 0 })).rejects.toThrow("The session is cancelled: it can no longer be changed");
    await expect(addGroupCommitment(manager, { groupSessionId: planned, repId: repA3.id, text: "Too late", dueOn: addDays(today(), 7) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(completeGroupSession(manager, planned)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a session where someone already committed is completed, not cancelled", async () => {
    const manager = await viewerFor(cast.managerA);
    const held = (await createGroupSession(manager, { teamId: cast.teamA.id, repIds: [cast.repA1.id, cast.repA2.id], scheduledAt: tomorrowAt("13:00") })).id;
    await addGroupCommitment(manager, { groupSessionId: held, repId: cast.repA1.id, text: "Ask for the budget in the first call", dueOn: addDays(today(), 7) });
    expect((await getGroupSession(manager, held)).can.cancel).toBe(false);
    await expect(cancelGroupSession(manager, held)).rejects.toBeInstanceOf(ConflictError);
    expect((await getGroupSession(manager, held)).status).toBe("SCHEDULED");
  });
});
