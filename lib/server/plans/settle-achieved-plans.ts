import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Active plans whose progress met the target (computed from activity, see plan-status.ts) become
 * ACHIEVED with the value and sample they met it with, which frees the competency for a next plan.
 * It is the activity that decides, not the viewer: the audit record names no actor. Idempotent —
 * a plan already closed is left as it is.
 */
export async function settleAchievedPlans(viewer: Viewer, achieved: readonly { planId: string; value: number; sample: number; on: string }[]): Promise<void> {
  if (achieved.length === 0) return;
  const organizationId = viewer.organizationId;
  await db.$transaction(async (tx) => {
    for (const entry of achieved) {
      const closedAt = new Date();
      const { count } = await tx.developmentPlan.updateMany({
        where: { id: entry.planId, organizationId, status: "ACTIVE" },
        data: { status: "ACHIEVED", activeSlot: null, closedAt, resultValue: entry.value, resultSample: Math.round(entry.sample) },
      });
      if (count === 0) continue;
      await recordAudit(
        {
          organizationId,
          actorId: null,
          action: "plan.achieved",
          entityType: "DevelopmentPlan",
          entityId: entry.planId,
          before: { status: "ACTIVE" },
          after: { status: "ACHIEVED", resultValue: entry.value, resultSample: Math.round(entry.sample), achievedOn: entry.on },
        },
        tx,
      );
    }
  });
}
