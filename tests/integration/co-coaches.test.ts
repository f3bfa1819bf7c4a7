import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { addCoCoach } from "@/lib/server/co-coaches/add-co-coach";
import { listCoCoaches } from "@/lib/server/co-coaches/list-co-coaches";
import { removeCoCoach } from "@/lib/server/co-coaches/remove-co-coach";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getPrivateNote } from "@/lib/server/one-on-ones/get-private-note";
import { listOneOnOnes } from "@/lib/server/one-on-ones/list-one-on-ones";
import { savePrivateNote } from "@/lib/server/one-on-ones/save-private-note";
import { saveSharedNotes } from "@/lib/server/one-on-ones/save-shared-notes";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { createOrganizationCast, createUser, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let enablement: Awaited<ReturnType<typeof createUser>>;
const tomorrowAt = (time: string) => `${addDays(todayIn("America/New_York"), 1)}T${time}`;

beforeAll(async () => {
  cast = await createOrganizationCast("Co-coaching");
  // An enablement person: a manager account without a team of their own.
  enablement = await createUser(cast.organization.id, "MANAGER", { name: "Enablement Erin" });
});

describe("co-coaches", () => {
  it("only the rep's manager or the VP adds a co-coach, once, audited", async () => {
    const manager = await viewerFor(cast.managerA);
    const audits = await db.auditLog.count({ where: { organizationId: cast.organization.id, action: "rep.co_coach_added" } });
    await addCoCoach(manager, { repId: cast.repA1.id, coachId: enablement.id });
    expect(await db.auditLog.count({ where: { organizationId: cast.organization.id, action: "rep.co_coach_added" } })).toBe(audits + 1);
    await expect(addCoCoach(manager, { repId: cast.repA1.id, coachId: enablement.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(addCoCoach(manager, { repId: cast.repA1.id, coachId: cast.managerA.id })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addCoCoach(manager, { repId: cast.repA1.id, coachId: cast.repA2.id })).rejects.toBeInstanceOf(InvalidInputError);
    // Another manager's rep looks unknown; a rep, an admin cannot choose co-coaches.
    await expect(addCoCoach(manager, { repId: cast.repB1.id, coachId: enablement.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCoCoach(await viewerFor(cast.repA2), { repId: cast.repA2.id, coachId: enablement.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addCoCoach(await viewerFor(cast.admin), { repId: cast.repA2.id, coachId: enablement.id })).rejects.toBeInstanceOf(ForbiddenError);
    await addCoCoach(await viewerFor(cast.vp), { repId: cast.repB1.id, coachId: cast.managerA.id });

    const list = await listCoCoaches(manager, cast.repA1.id);
    expect(list.coCoaches.map((coach) => coach.id)).toEqual([enablement.id]);
    expect(list.canAssign).toBe(true);
    expect(list.candidates.map((candidate) => candidate.id)).toEqual([cast.managerB.id]);
  });

  it("a co-coach reads the manager's meeting as an observer: shared notes, never the private note", async () => {
    const manager = await viewerFor(cast.managerA);
    const meetingId = (await scheduleOneOnOne(manager, { memberId: cast.repA1.id, scheduledAt: tomorrowAt("10:00") })).id;
    await startOneOnOne(manager, meetingId);
    await saveSharedNotes(manager, { oneOnOneId: meetingId, body: "Shared: practise discovery questions", version: 0 });
    await savePrivateNote(manager, { oneOnOneId: meetingId, body: "Manager-only: worried about burnout", version: 0 });

    const coCoach = await viewerFor(enablement);
    const view = await getOneOnOne(coCoach, meetingId);
    expect(view.role).toBe("observer");
    expect(view.sharedNotes.body).toBe("Shared: practise discovery questions");
    expect(JSON.stringify(view)).not.toContain("burnout");
    await expect(getPrivateNote(coCoach, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSharedNotes(coCoach, { oneOnOneId: meetingId, body: "overwrite", version: 1 })).rejects.toThrow();
    // Co-coaching opens the rep's one-on-ones, not their dashboards.
    await expect(getVisibleRep(coCoach, cast.repA1.id)).rejects.toBeInstanceOf(NotFoundError);
    // Another rep's meetings stay closed.
    const other = (await scheduleOneOnOne(manager, { memberId: cast.repA2.id, scheduledAt: tomorrowAt("11:00") })).id;
    await expect(getOneOnOne(coCoach, other)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a co-coach prepares and runs their own one-on-one with the rep, with a private note nobody else reads", async () => {
    const coCoach = await viewerFor(enablement);
    const meetingId = (await scheduleOneOnOne(coCoach, { memberId: cast.repA1.id, scheduledAt: tomorrowAt("14:00") })).id;
    await startOneOnOne(coCoach, meetingId);
    const view = await getOneOnOne(coCoach, meetingId);
    expect(view.role).toBe("coach");
    expect(view.snapshot).not.toBeNull();
    await savePrivateNote(coCoach, { oneOnOneId: meetingId, body: "Co-coach only: try the ladder drill", version: 0 });
    expect((await getPrivateNote(coCoach, meetingId)).body).toContain("ladder drill");

    const rep = await viewerFor(cast.repA1);
    expect((await getOneOnOne(rep, meetingId)).role).toBe("member");
    await expect(getPrivateNote(rep, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPrivateNote(await viewerFor(cast.managerA), meetingId)).rejects.toBeInstanceOf(NotFoundError);
    const vp = await viewerFor(cast.vp);
    expect((await getOneOnOne(vp, meetingId)).role).toBe("observer");
    await expect(getPrivateNote(vp, meetingId)).rejects.toBeInstanceOf(NotFoundError);

    const lists = await listOneOnOnes(coCoach);
    expect(JSON.stringify(lists)).toContain(meetingId);
  });

  it("once removed, the co-coach no longer reaches the rep's meetings", async () => {
    const manager = await viewerFor(cast.managerA);
    const managerMeeting = await db.oneOnOne.findFirstOrThrow({ where: { organizationId: cast.organization.id, coachId: cast.managerA.id, memberId: cast.repA1.id }, select: { id: true } });
    await removeCoCoach(manager, { repId: cast.repA1.id, coachId: enablement.id });
    expect(await db.auditLog.count({ where: { organizationId: cast.organization.id, action: "rep.co_coach_removed" } })).toBe(1);
    await expect(removeCoCoach(manager, { repId: cast.repA1.id, coachId: enablement.id })).rejects.toBeInstanceOf(NotFoundError);
    const former = await viewerFor(enablement);
    await expect(getOneOnOne(former, managerMeeting.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleOneOnOne(former, { memberId: cast.repA1.id, scheduledAt: tomorrowAt("16:00") })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
