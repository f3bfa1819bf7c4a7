import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { can } from "@/lib/access/policy";
import { ConflictError, ForbiddenError } from "@/lib/server/http/errors";
import { findGroupSessionForViewer, requireOpen } from "@/lib/server/group-sessions/group-session-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Coach and attendees write the shared notes; a save typed on an older version is a conflict, never an overwrite. */
export async function saveGroupSessionNotes(viewer: Viewer, input: { groupSessionId: string; body: string; version: number }): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const session = await findGroupSessionForViewer(tx, viewer, input.groupSessionId);
    if (!can(viewer, "groupSession.writeNotes", session)) throw new ForbiddenError("Only the coach and the attendees write the shared notes");
    requireOpen(session);
    const updated = await tx.groupSession.updateMany({
      where: { id: session.id, organizationId: viewer.organizationId, version: input.version, status: "SCHEDULED" },
      data: { sharedNotes: input.body, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.groupSession.findFirst({ where: { id: session.id, organizationId: viewer.organizationId }, select: { sharedNotes: true, version: true } });
      throw new ConflictError("Someone saved the notes meanwhile", [{ path: "body", message: `The notes changed (version ${current?.version ?? "?"}); merge and save again` }]);
    }
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "group_session.notes_saved", entityType: "GroupSession", entityId: session.id, after: { version: input.version + 1 } }, tx);
    return { version: input.version + 1 };
  });
}
