import "server-only";
import { db } from "@/lib/db";
import { todayIn, dayKey } from "@/lib/calendar/days";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { lockEditablePlan } from "@/lib/server/plans/plan-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** The rep's manager moves the target date or rewrites the notes of an active plan. Baseline and target stay as measured. */
export async function updatePlan(viewer: Viewer, input: { planId: string; targetDate: string; notes: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const plan = await lockEditablePlan(tx, viewer, input.planId, "change this plan");
    const startedOn = dayKey(plan.startedOn);
    const before = { targetDate: dayKey(plan.targetDate), notes: plan.notes };
    if (input.targetDate !== before.targetDate) {
      if (input.targetDate <= startedOn)
        throw new InvalidInputError("Target date: must be after the plan's start", { targetDate: [`must be after ${startedOn}`] });
      if (input.targetDate < todayIn(viewer.organization.timeZone))
        throw new InvalidInputError("Target date: must be today or later", { targetDate: ["must be today or later"] });
    }
    await tx.developmentPlan.update({ where: { id: plan.id }, data: { targetDate: new Date(`${input.targetDate}T00:00:00Z`), notes: input.notes } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "plan.updated",
        entityType: "DevelopmentPlan",
        entityId: plan.id,
        before,
        after: { targetDate: input.targetDate, notes: input.notes },
      },
      tx,
    );
  });
}
