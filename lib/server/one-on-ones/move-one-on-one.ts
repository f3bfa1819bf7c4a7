import "server-only";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { zonedDay, zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, InvalidInputError } from "@/lib/server/http/errors";
import { findOneOnOneForViewer, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach moves a meeting that has not started to another time (wall clock of the organization).
 * Its calendar SEQUENCE rises, so feeds and imported events show the new time instead of a second
 * event; a "tomorrow" reminder follows the new day.
 */
export async function moveOneOnOne(viewer: Viewer, input: { oneOnOneId: string; scheduledAt: string }): Promise<void> {
  const timeZone = viewer.organization.timeZone;
  const scheduledAt = zonedWallTimeToUtc(input.scheduledAt, timeZone);
  const day = zonedDay(scheduledAt, timeZone);
  const today = todayIn(timeZone);
  if (day < today) throw new InvalidInputError("The date is in the past", { scheduledAt: ["must be today or later"] });
  if (day > addDays(today, 366)) throw new InvalidInputError("The date is too far ahead", { scheduledAt: ["must be within a year"] });
  await db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, input.oneOnOneId, tx);
    requireRole(meeting, ["coach"], "move the one-on-one");
    if (meeting.scheduledAt.getTime() === scheduledAt.getTime()) return;
    const { count } = await tx.oneOnOne.updateMany({
      where: { id: meeting.id, organizationId: viewer.organizationId, status: "SCHEDULED" },
      data: { scheduledAt, calendarSequence: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Only a one-on-one that has not started can be moved");
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "one_on_one.moved",
        entityType: "OneOnOne",
        entityId: meeting.id,
        before: { scheduledAt: meeting.scheduledAt.toISOString() },
        after: { scheduledAt: scheduledAt.toISOString() },
      },
      tx,
    );
  });
}
