import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN retires a competency: it leaves the engine, new assessments, plans and plays, and the
 * one-on-one focus picker, while its history (assessments, plans, plays, meetings) stays intact.
 */
export async function retireCompetency(viewer: Viewer, competencyId: string): Promise<void> {
  assertAdmin(viewer, "Only an administrator can change the competency framework");
  await db.$transaction(async (tx) => {
    const competency = await tx.competency.findFirst({
      where: { id: competencyId, organizationId: viewer.organizationId },
      select: { id: true, retiredAt: true },
    });
    if (!competency) throw new NotFoundError("Competency");
    if (competency.retiredAt) return;
    const retiredAt = new Date();
    await tx.competency.update({ where: { id: competency.id }, data: { retiredAt } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "competency.retired",
        entityType: "Competency",
        entityId: competency.id,
        before: { retiredAt: null },
        after: { retiredAt },
      },
      tx,
    );
  });
}
