import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { lockEditablePlan } from "@/lib/server/plans/plan-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { MAX_PLAN_ROUTINES } from "@/lib/validation/plans";

/** The rep's manager attaches one of the competency's sales plays to an active plan as a routine. Attaching twice is a no-op. */
export async function attachPlanRoutine(viewer: Viewer, input: { planId: string; salesPlayId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const plan = await lockEditablePlan(tx, viewer, input.planId, "change this plan");
    const play = await tx.salesPlay.findFirst({
      where: { id: input.salesPlayId, organizationId: viewer.organizationId, competencyId: plan.competencyId, retiredAt: null },
      select: { id: true, title: true },
    });
    if (!play)
      throw new InvalidInputError(`Sales play: choose a play of ${plan.competency.name}`, { salesPlayId: [`must be a sales play of ${plan.competency.name}`] });
    const existing = await tx.planRoutine.findMany({ where: { planId: plan.id }, select: { salesPlayId: true } });
    if (existing.some((routine) => routine.salesPlayId === play.id)) return;
    if (existing.length >= MAX_PLAN_ROUTINES)
      throw new InvalidInputError(`Sales play: a plan holds at most ${MAX_PLAN_ROUTINES} routines`, {
        salesPlayId: [`a plan holds at most ${MAX_PLAN_ROUTINES} routines`],
      });
    await tx.planRoutine.create({ data: { planId: plan.id, salesPlayId: play.id } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "plan.routine_attached",
        entityType: "DevelopmentPlan",
        entityId: plan.id,
        after: { salesPlayId: play.id, title: play.title },
      },
      tx,
    );
  });
}
