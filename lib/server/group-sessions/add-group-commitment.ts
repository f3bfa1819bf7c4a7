import "server-only";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { findGroupSessionForViewer, requireGroupRole, requireOpen } from "@/lib/server/group-sessions/group-session-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach records one attendee's commitment. It belongs to the rep like any commitment (owner and
 * member: the rep), so their next one-on-one lists it for review and the completion rates count it.
 */
export async function addGroupCommitment(viewer: Viewer, input: { groupSessionId: string; repId: string; text: string; dueOn: string }): Promise<{ id: string }> {
  const today = todayIn(viewer.organization.timeZone);
  if (input.dueOn < today) throw new InvalidInputError("The due date is in the past", { dueOn: ["must be today or later"] });
  if (input.dueOn > addDays(today, 366)) throw new InvalidInputError("The due date is too far ahead", { dueOn: ["must be within a year"] });
  return db.$transaction(async (tx) => {
    const session = await findGroupSessionForViewer(tx, viewer, input.groupSessionId);
    requireGroupRole(session, ["coach"], "the coach records commitments");
    requireOpen(session);
    if (!session.attendeeIds.includes(input.repId)) throw new InvalidInputError("Choose an attendee", { repId: ["Choose one of the session's attendees"] });
    const commitment = await tx.commitment.create({
      data: { organizationId: viewer.organizationId, memberId: input.repId, ownerId: input.repId, text: input.text, dueOn: new Date(`${input.dueOn}T00:00:00Z`), groupSessionId: session.id, createdById: viewer.id },
      select: { id: true },
    });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "commitment.created", entityType: "Commitment", entityId: commitment.id, after: { groupSessionId: session.id, memberId: input.repId, dueOn: input.dueOn } },
      tx,
    );
    return commitment;
  });
}
