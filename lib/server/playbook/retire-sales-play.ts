import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * VP or ADMIN retires a sales play: it leaves the playbook and suggestions, and can no longer be
 * attached to a plan; plans that already use it keep it as a routine.
 */
export async function retireSalesPlay(viewer: Viewer, salesPlayId: string): Promise<void> {
  if (!can(viewer, "play.retire"))
    throw new ForbiddenError("Only a VP or an administrator can retire a sales play");
  await db.$transaction(async (tx) => {
    const play = await tx.salesPlay.findFirst({ where: { id: salesPlayId, organizationId: viewer.organizationId }, select: { id: true, retiredAt: true } });
    if (!play) throw new NotFoundError("Sales play");
    if (play.retiredAt) return;
    const retiredAt = new Date();
    await tx.salesPlay.update({ where: { id: play.id }, data: { retiredAt } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "sales_play.retired",
        entityType: "SalesPlay",
        entityId: play.id,
        before: { retiredAt: null },
        after: { retiredAt },
      },
      tx,
    );
  });
}
