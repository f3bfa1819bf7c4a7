import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadPlanProgress } from "@/lib/server/plans/load-plan-progress";
import { lockEditablePlan } from "@/lib/server/plans/plan-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The rep's manager closes an active plan. Its result is measured, not chosen: the cumulative value
 * and sample since the start are kept, and the plan ends ACHIEVED if the target was met over the
 * minimum sample, CLOSED otherwise. Closing frees the competency for a new plan.
 */
export async function closePlan(viewer: Viewer, planId: string): Promise<{ status: "ACHIEVED" | "CLOSED" }> {
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  return db.$transaction(async (tx) => {
    const locked = await lockEditablePlan(tx, viewer, planId, "close this plan");
    const plan = await tx.developmentPlan.findUniqueOrThrow({
      where: { id: locked.id },
      select: {
        id: true,
        subjectId: true,
        leverKey: true,
        baselineValue: true,
        targetValue: true,
        startedOn: true,
        targetDate: true,
        status: true,
        closedAt: true,
        resultValue: true,
        resultSample: true,
      },
    });
    const progress = (
      await loadPlanProgress({ id: viewer.organizationId, timeZone: settings.timeZone, currency: settings.currency, stages: settings.stages }, [plan], undefined, tx)
    ).get(plan.id);
    const status = progress?.status === "achieved" ? "ACHIEVED" : "CLOSED";
    const result = { resultValue: progress?.value ?? null, resultSample: Math.round(progress?.sample ?? 0) };
    await tx.developmentPlan.update({ where: { id: plan.id }, data: { status, activeSlot: null, closedAt: new Date(), ...result } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "plan.closed",
        entityType: "DevelopmentPlan",
        entityId: plan.id,
        before: { status: "ACTIVE" },
        after: { status, ...result },
      },
      tx,
    );
    return { status };
  });
}
