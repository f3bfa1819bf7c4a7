import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockEditablePlan } from "@/lib/server/plans/plan-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** The rep's manager takes a routine off an active plan. */
export async function detachPlanRoutine(viewer: Viewer, input: { planId: string; salesPlayId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const plan = await lockEditablePlan(tx, viewer, input.planId, "change this plan");
    const { count } = await tx.planRoutine.deleteMany({ where: { planId: plan.id, salesPlayId: input.salesPlayId } });
    if (count === 0) return;
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "plan.routine_detached",
        entityType: "DevelopmentPlan",
        entityId: plan.id,
        before: { salesPlayId: input.salesPlayId },
      },
      tx,
    );
  });
}
