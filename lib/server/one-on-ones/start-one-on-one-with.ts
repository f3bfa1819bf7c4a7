import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { zonedDay, utcToZonedWallTime } from "@/lib/calendar/zoned-time";
import { ForbiddenError } from "@/lib/server/http/errors";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * "Start a one-on-one" from a rep's profile or the team dashboard: the manager's meeting with the
 * rep that is under way, else today's scheduled one, started; else a new one scheduled now and
 * started. scheduleOneOnOne decides who may coach whom (a manager their own active reps); a new
 * meeting that fails to start stays scheduled for now, and its page offers "Start the meeting".
 */
export async function startOneOnOneWith(viewer: Viewer, memberId: string): Promise<{ id: string; created: boolean }> {
  if (!can(viewer, "oneOnOne.startWithRep")) throw new ForbiddenError("Only the rep's manager can start a one-on-one with them");
  const timeZone = viewer.organization.timeZone;
  const now = new Date();
  const open = await db.oneOnOne.findMany({
    where: { organizationId: viewer.organizationId, kind: "REP", coachId: viewer.id, memberId, status: { in: ["IN_PROGRESS", "SCHEDULED"] } },
    select: { id: true, status: true, scheduledAt: true },
    orderBy: { scheduledAt: "asc" },
  });
  const running = open.find((meeting) => meeting.status === "IN_PROGRESS");
  if (running) return { id: running.id, created: false };
  const today = zonedDay(now, timeZone);
  const scheduledToday = open.find((meeting) => zonedDay(meeting.scheduledAt, timeZone) === today);
  if (scheduledToday) {
    await startOneOnOne(viewer, scheduledToday.id);
    return { id: scheduledToday.id, created: false };
  }
  const meeting = await scheduleOneOnOne(viewer, { memberId, scheduledAt: utcToZonedWallTime(now, timeZone) });
  await startOneOnOne(viewer, meeting.id);
  return { id: meeting.id, created: true };
}
