// Paired perception (issue #22, item 4) against PostgreSQL: the coach rates their own completed rep
// one-on-one once, privately; nobody else reads the rating; the scorecard sets the manager's
// average beside the reps' anonymous one (only from 3 answers) and the gap, for the manager and
// their VP only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { getOwnCoachSelfRating } from "@/lib/server/feedback/get-own-coach-self-rating";
import { submitCoachSelfRating } from "@/lib/server/feedback/submit-coach-self-rating";
import { completeOneOnOne } from "@/lib/server/one-on-ones/complete-one-on-one";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/viewer/get-viewer", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/server/viewer/get-viewer")>()), getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let manager: Viewer;
const ZONE = "America/New_York";

async function heldMeeting(coach: Viewer, memberId: string, time: string): Promise<string> {
  const { id } = await scheduleOneOnOne(coach, { memberId, scheduledAt: `${addDays(todayIn(ZONE), 1)}T${time}` });
  await startOneOnOne(coach, id);
  await completeOneOnOne(coach, id);
  return id;
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  manager = await viewerFor(acme.managerA);
});

describe("the coach's own rating of a one-on-one", () => {
  it("is given once by the coach of a completed rep meeting, audited without the rating, and read back by the coach alone", async () => {
    const id = await heldMeeting(manager, acme.repA1.id, "09:00");
    expect(await getOwnCoachSelfRating(manager, id)).toMatchObject({ status: "open" });
    await submitCoachSelfRating(manager, { oneOnOneId: id, rating: 5 });
    expect(await getOwnCoachSelfRating(manager, id)).toEqual({ status: "submitted", rating: 5 });
    const again = await rejection(submitCoachSelfRating(manager, { oneOnOneId: id, rating: 4 }));
    expect(again).toBeInstanceOf(ConflictError);
    expect((await db.coachSelfRating.findUniqueOrThrow({ where: { oneOnOneId: id }, select: { rating: true, coachId: true } })).rating).toBe(5);

    const audits = await db.auditLog.findMany({ where: { organizationId: acme.organization.id, action: "coach_self_rating.submitted", entityId: id }, select: { after: true } });
    expect(audits.map((audit) => audit.after)).toEqual([{ selfRatingSubmitted: true }]);

    // The rep, the VP observing and another manager never read it; the rep's page data has no trace of it.
    const rep = await viewerFor(acme.repA1);
    await expect(getOwnCoachSelfRating(rep, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOwnCoachSelfRating(await viewerFor(acme.vp), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOwnCoachSelfRating(await viewerFor(acme.managerB), id)).rejects.toBeInstanceOf(NotFoundError);
    expect(JSON.stringify(await getOneOnOne(rep, id))).not.toMatch(/selfRating|coachSelfRating/);
  });

  it("refuses the rep, the VP observer, another manager or organization, an open meeting and a leader meeting", async () => {
    const id = await heldMeeting(manager, acme.repA2.id, "10:00");
    await expect(submitCoachSelfRating(await viewerFor(acme.repA2), { oneOnOneId: id, rating: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitCoachSelfRating(await viewerFor(acme.vp), { oneOnOneId: id, rating: 5 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitCoachSelfRating(await viewerFor(acme.managerB), { oneOnOneId: id, rating: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitCoachSelfRating(await viewerFor(globex.managerA), { oneOnOneId: id, rating: 5 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitCoachSelfRating(await viewerFor(acme.admin), { oneOnOneId: id, rating: 5 })).rejects.toBeInstanceOf(NotFoundError);

    const { id: open } = await scheduleOneOnOne(manager, { memberId: acme.repA2.id, scheduledAt: `${addDays(todayIn(ZONE), 2)}T10:00` });
    expect(await getOwnCoachSelfRating(manager, open)).toBeNull();
    await expect(submitCoachSelfRating(manager, { oneOnOneId: open, rating: 3 })).rejects.toThrow("You can rate a one-on-one once it is completed");

    const vp = await viewerFor(acme.vp);
    const leader = await heldMeeting(vp, acme.managerA.id, "15:00");
    await expect(submitCoachSelfRating(vp, { oneOnOneId: leader, rating: 4 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.coachSelfRating.count({ where: { oneOnOneId: { in: [id, open, leader] } } })).toBe(0);

    // Through the action: the permission first, then zod naming the field.
    const { submitCoachSelfRatingAction } = await import("@/app/(app)/one-on-ones/actions");
    session.viewer = vp;
    expect(await submitCoachSelfRatingAction(null, { oneOnOneId: id, rating: 4 })).toEqual({ ok: false, message: "You are not allowed to do this." });
    session.viewer = manager;
    expect(await submitCoachSelfRatingAction(null, { oneOnOneId: id, rating: 7 })).toMatchObject({ ok: false, fieldErrors: { rating: ["choose how useful it was, from 1 to 5"] } });
    expect(await submitCoachSelfRatingAction(null, { oneOnOneId: id, rating: 2 })).toEqual({ ok: true });
  });
});

describe("paired perception on the scorecard", () => {
  it("shows the manager's own average beside the reps' (from 3 answers) and the gap, to the manager and the VP only", async () => {
    const cast = await createOrganizationCast("Perception Co");
    const coach = await viewerFor(cast.managerA);
    const meetings = [];
    for (const [index, time] of ["08:00", "09:00", "10:00"].entries()) meetings.push(await heldMeeting(coach, index === 1 ? cast.repA2.id : cast.repA1.id, time));
    for (const id of meetings) await submitCoachSelfRating(coach, { oneOnOneId: id, rating: 5 });

    // Two rep answers: the reps' side stays hidden, and so does the gap.
    const repRating = (id: string, rating: number) => db.coachingFeedback.create({ data: { organizationId: cast.organization.id, oneOnOneId: id, coachId: cast.managerA.id, rating } });
    await repRating(meetings[0] ?? "", 3);
    await repRating(meetings[1] ?? "", 2);
    const hidden = await getManagerScorecard(coach, cast.managerA.id);
    expect(hidden.perception?.current).toEqual({ self: { average: 5, count: 3 }, reps: null, gap: null });

    await repRating(meetings[2] ?? "", 4);
    const shown = await getManagerScorecard(await viewerFor(cast.vp), cast.managerA.id);
    expect(shown.perception?.current).toEqual({ self: { average: 5, count: 3 }, reps: { average: 3, count: 3 }, gap: 2 });
    expect(shown.perception?.trend).toHaveLength(shown.windows.length);
    expect(shown.perception?.trend.slice(0, -1).every((point) => point.reading.self === null && point.reading.gap === null)).toBe(true);

    // An administrator reads the scorecard's aggregates but not the manager's own ratings.
    expect((await getManagerScorecard(await viewerFor(cast.admin), cast.managerA.id)).perception).toBeNull();
    await expect(getManagerScorecard(await viewerFor(cast.managerB), cast.managerA.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
