import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** VP or ADMIN puts a retired sales play back in the playbook. */
export async function restoreSalesPlay(viewer: Viewer, salesPlayId: string): Promise<void> {
  if (!can(viewer, "play.retire"))
    throw new ForbiddenError("Only a VP or an administrator can restore a sales play");
  await db.$transaction(async (tx) => {
    const play = await tx.salesPlay.findFirst({ where: { id: salesPlayId, organizationId: viewer.organizationId }, select: { id: true, retiredAt: true } });
    if (!play) throw new NotFoundError("Sales play");
    if (!play.retiredAt) return;
    await tx.salesPlay.update({ where: { id: play.id }, data: { retiredAt: null } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "sales_play.restored",
        entityType: "SalesPlay",
        entityId: play.id,
        before: { retiredAt: play.retiredAt },
        after: { retiredAt: null },
      },
      tx,
    );
  });
}
