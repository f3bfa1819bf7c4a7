import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** A manager sets their own weekly coaching capacity, which the team dashboard shares across their reps. */
export async function setCoachingCapacity(viewer: Viewer, capacityMinutes: number): Promise<void> {
  if (!can(viewer, "coachingTime.setCapacity")) throw new ForbiddenError("Only a manager sets a weekly coaching capacity");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: viewer.id, organizationId: viewer.organizationId }, select: { coachingCapacityMinutes: true } });
    await tx.user.updateMany({ where: { id: viewer.id, organizationId: viewer.organizationId }, data: { coachingCapacityMinutes: capacityMinutes } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "user.coaching_capacity_set",
        entityType: "User",
        entityId: viewer.id,
        before: { coachingCapacityMinutes: before?.coachingCapacityMinutes ?? null },
        after: { coachingCapacityMinutes: capacityMinutes },
      },
      tx,
    );
  });
}
