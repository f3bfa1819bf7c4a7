import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { findGroupSessionForViewer, requireGroupRole, requireOpen } from "@/lib/server/group-sessions/group-session-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** The coach completes the session once every attendee leaves with a commitment; it is then read-only. */
export async function completeGroupSession(viewer: Viewer, groupSessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await findGroupSessionForViewer(tx, viewer, groupSessionId);
    requireGroupRole(session, ["coach"], "the coach completes the session");
    requireOpen(session);
    const committed = await tx.commitment.findMany({ where: { organizationId: viewer.organizationId, groupSessionId: session.id }, select: { memberId: true }, distinct: ["memberId"] });
    const withCommitment = new Set(committed.map((row) => row.memberId));
    const missing = session.attendeeIds.filter((id) => !withCommitment.has(id));
    if (missing.length > 0) throw new ConflictError("Every attendee needs a commitment before the session is completed", missing.map((id) => ({ path: `commitments.${id}`, message: "has no commitment yet" })));
    // Conditional on the open status, so a concurrent edit and the completion cannot interleave.
    const updated = await tx.groupSession.updateMany({ where: { id: session.id, organizationId: viewer.organizationId, status: "SCHEDULED" }, data: { status: "COMPLETED", completedAt: new Date() } });
    if (updated.count === 0) throw new ConflictError("The session was completed meanwhile");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "group_session.completed", entityType: "GroupSession", entityId: session.id, after: { attendees: session.attendeeIds.length } }, tx);
  });
}
