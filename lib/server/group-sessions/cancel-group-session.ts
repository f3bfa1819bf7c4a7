import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { findGroupSessionForViewer, requireGroupRole, requireOpen } from "@/lib/server/group-sessions/group-session-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach calls off a planned session. Only before anyone has committed to anything in it: a
 * session with commitments took place, and is completed instead. It then reads as cancelled to
 * everyone who could see it, and nothing in it can change.
 */
export async function cancelGroupSession(viewer: Viewer, groupSessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await findGroupSessionForViewer(tx, viewer, groupSessionId);
    requireGroupRole(session, ["coach"], "the coach cancels the session");
    requireOpen(session);
    const commitments = await tx.commitment.count({ where: { organizationId: viewer.organizationId, groupSessionId: session.id } });
    if (commitments > 0) throw new ConflictError("Commitments were made in this session: complete it rather than cancel it");
    // Conditional on the open status, so a concurrent completion and the cancellation cannot both land.
    const updated = await tx.groupSession.updateMany({ where: { id: session.id, organizationId: viewer.organizationId, status: "SCHEDULED" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    if (updated.count === 0) throw new ConflictError("The session was completed or cancelled meanwhile");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "group_session.cancelled", entityType: "GroupSession", entityId: session.id, after: { attendees: session.attendeeIds.length } }, tx);
  });
}
