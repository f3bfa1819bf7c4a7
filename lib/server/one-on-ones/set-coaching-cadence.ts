import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** A manager sets how often they meet each rep (weekly, every two weeks, monthly). */
export async function setCoachingCadence(viewer: Viewer, cadence: Cadence): Promise<void> {
  if (!can(viewer, "oneOnOne.setCadence")) throw new ForbiddenError("Only a manager sets a one-on-one cadence");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: viewer.id, organizationId: viewer.organizationId }, select: { cadence: true } });
    await tx.user.updateMany({ where: { id: viewer.id, organizationId: viewer.organizationId }, data: { cadence } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.cadence_set", entityType: "User", entityId: viewer.id, before: { cadence: before?.cadence ?? null }, after: { cadence } }, tx);
  });
}
