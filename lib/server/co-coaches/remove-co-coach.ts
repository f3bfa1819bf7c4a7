import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadAssignableRep } from "@/lib/server/co-coaches/load-assignable-rep";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Ends a co-coaching: their meetings already held stay with them; the rep's others close to them. */
export async function removeCoCoach(viewer: Viewer, input: { repId: string; coachId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const rep = await loadAssignableRep(tx, viewer, input.repId);
    const existing = await tx.repCoCoach.findFirst({ where: { organizationId: viewer.organizationId, repId: rep.id, coachId: input.coachId }, select: { id: true } });
    if (!existing) throw new NotFoundError("Co-coach");
    await tx.repCoCoach.deleteMany({ where: { id: existing.id, organizationId: viewer.organizationId } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "rep.co_coach_removed", entityType: "RepCoCoach", entityId: existing.id, before: { repId: rep.id, coachId: input.coachId } }, tx);
  });
}
