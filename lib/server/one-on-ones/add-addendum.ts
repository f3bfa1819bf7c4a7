import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { findOneOnOneForViewer, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** After completion the record is not edited: coach or member appends a dated addendum, visible to both. */
export async function addAddendum(viewer: Viewer, input: { oneOnOneId: string; body: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, input.oneOnOneId, tx);
    requireRole(meeting, ["coach", "member"], "add an addendum");
    // Lock the completed row: an addendum is only for a completed meeting, never a reopened or cancelled one.
    const { count } = await tx.oneOnOne.updateMany({ where: { id: meeting.id, organizationId: viewer.organizationId, status: "COMPLETED" }, data: { updatedAt: new Date() } });
    if (count === 0) throw new ConflictError("Addenda are for completed one-on-ones; until then, edit the notes directly");
    const addendum = await tx.oneOnOneAddendum.create({ data: { organizationId: viewer.organizationId, oneOnOneId: meeting.id, authorId: viewer.id, body: input.body }, select: { id: true } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.addendum_added", entityType: "OneOnOne", entityId: meeting.id, after: { addendumId: addendum.id, length: input.body.length } }, tx);
    return addendum;
  });
}
