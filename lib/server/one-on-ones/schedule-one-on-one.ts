import "server-only";
import { oneOnOneMembersWhere, schedulableOneOnOneKind } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { zonedDay, zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError } from "@/lib/server/http/errors";
import { carryForwardAgendaItems } from "@/lib/server/one-on-ones/carry-forward-agenda-items";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * A manager schedules a one-on-one with one of their reps (kind REP); a VP with a manager (kind
 * LEADER). `scheduledAt` is a wall-clock time in the organization's time zone. Unfinished agenda
 * items of the member's last completed meeting of the same kind come along.
 */
export async function scheduleOneOnOne(viewer: Viewer, input: { memberId: string; scheduledAt: string }): Promise<{ id: string }> {
  const kind = schedulableOneOnOneKind(viewer);
  if (!kind) throw new ForbiddenError("Only a manager (with a rep) or a VP (with a manager) can schedule a one-on-one");

  const member = await db.user.findFirst({
    where: kind === "REP" ? { AND: [oneOnOneMembersWhere(viewer), { id: input.memberId, active: true }] } : { organizationId: viewer.organizationId, id: input.memberId, role: "MANAGER", active: true },
    select: { id: true },
  });
  if (!member) throw new InvalidInputError("Choose someone you coach", { memberId: [kind === "REP" ? "Choose one of your reps" : "Choose one of the managers"] });

  const timeZone = viewer.organization.timeZone;
  const scheduledAt = zonedWallTimeToUtc(input.scheduledAt, timeZone);
  const day = zonedDay(scheduledAt, timeZone);
  const today = todayIn(timeZone);
  if (day < today) throw new InvalidInputError("The date is in the past", { scheduledAt: ["must be today or later"] });
  if (day > addDays(today, 366)) throw new InvalidInputError("The date is too far ahead", { scheduledAt: ["must be within a year"] });

  return db.$transaction(async (tx) => {
    const meeting = await tx.oneOnOne.create({
      data: { organizationId: viewer.organizationId, kind, coachId: viewer.id, memberId: member.id, scheduledAt },
      select: { id: true },
    });
    // The last completed meeting, and any cancelled since: their unfinished items are still to talk about.
    const previous = await tx.oneOnOne.findFirst({
      where: { organizationId: viewer.organizationId, kind, memberId: member.id, status: "COMPLETED" },
      orderBy: [{ completedAt: "desc" }, { scheduledAt: "desc" }],
      select: { id: true, scheduledAt: true },
    });
    const cancelled = await tx.oneOnOne.findMany({
      where: { organizationId: viewer.organizationId, kind, memberId: member.id, status: "CANCELLED", ...(previous ? { scheduledAt: { gte: previous.scheduledAt } } : {}) },
      orderBy: { scheduledAt: "asc" },
      select: { id: true },
    });
    let carried = 0;
    for (const source of [...(previous ? [previous] : []), ...cancelled]) {
      carried += await carryForwardAgendaItems(tx, { organizationId: viewer.organizationId, fromOneOnOneId: source.id, toOneOnOneId: meeting.id });
    }
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.scheduled", entityType: "OneOnOne", entityId: meeting.id, after: { kind, memberId: member.id, scheduledAt: scheduledAt.toISOString(), carriedAgendaItems: carried } },
      tx,
    );
    return meeting;
  });
}
