import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadAssignableRep } from "@/lib/server/co-coaches/load-assignable-rep";
import { ConflictError, InvalidInputError } from "@/lib/server/http/errors";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Gives a rep a co-coach: another active manager (or an enablement person with a manager account)
 * who may then schedule and run their own one-on-ones with the rep and read the shared notes of
 * the rep's other meetings — never another coach's private notes (docs/decisions/0036).
 */
export async function addCoCoach(viewer: Viewer, input: { repId: string; coachId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const rep = await loadAssignableRep(tx, viewer, input.repId);
    const coach = await tx.user.findFirst({ where: { organizationId: viewer.organizationId, id: input.coachId, role: "MANAGER", active: true }, select: { id: true } });
    if (!coach) throw new InvalidInputError("Choose a manager as co-coach", { coachId: ["Choose one of the organization's managers"] });
    if (coach.id === rep.managerId) throw new InvalidInputError("The rep's manager already coaches them", { coachId: ["Choose someone other than the rep's manager"] });
    const existing = await tx.repCoCoach.findFirst({ where: { organizationId: viewer.organizationId, repId: rep.id, coachId: coach.id }, select: { id: true } });
    if (existing) throw new ConflictError("Already a co-coach of this rep");
    const created = await tx.repCoCoach.create({ data: { organizationId: viewer.organizationId, repId: rep.id, coachId: coach.id, addedById: viewerUserId(viewer) }, select: { id: true } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "rep.co_coach_added", entityType: "RepCoCoach", entityId: created.id, after: { repId: rep.id, coachId: coach.id } }, tx);
  });
}
