import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { addDays } from "@/lib/calendar/days";
import { metricDefinition } from "@/lib/coaching/scorecard";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError } from "@/lib/server/http/errors";
import { getVisibleManager } from "@/lib/server/scorecard/get-visible-manager";
import { loadOrganizationScorecards } from "@/lib/server/scorecard/load-organization-scorecards";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { LEADER_PLAN_DAYS, type AcceptDevelopmentPriorityInput } from "@/lib/validation/scorecard";

/**
 * The VP accepts a manager's development priority into a leader development plan: the leader
 * competency the scorecard proposes, the metric's current value (and sample) as the baseline, the
 * median manager's value as the target, today to +90 days. Everything is recomputed here; the
 * client only names the manager and the competency it was shown, and a priority that has changed
 * since is a ConflictError. One active plan per manager and competency (the unique index) →
 * ConflictError. A manager the VP cannot see is NotFound; anyone but the VP is Forbidden.
 */
export async function createLeaderPlan(viewer: Viewer, input: AcceptDevelopmentPriorityInput): Promise<{ id: string }> {
  const manager = await getVisibleManager(viewer, input.managerId);
  if (!can(viewer, "leaderPlan.manage")) throw new ForbiddenError("Only the VP can start a leader development plan");
  const loaded = await loadOrganizationScorecards(viewer.organizationId);
  const priority = loaded.scorecards.managers.find((card) => card.managerId === manager.id)?.priority;
  if (!priority || priority.status !== "priority") throw new ConflictError(`There is no clear development priority to plan for: ${priority?.reasonText ?? "no scorecard"}`);
  if (priority.competency.id !== input.competencyId)
    throw new ConflictError(`The development priority has changed to ${priority.competency.name} since the page loaded; review it and accept again`);

  const today = loaded.asOf;
  const targetDate = addDays(today, LEADER_PLAN_DAYS);
  const data = {
    subjectId: manager.id,
    ownerId: viewer.id,
    competencyId: priority.competency.id,
    leverKey: null,
    baselineValue: priority.value,
    baselineSample: Math.round(priority.sample),
    targetValue: priority.median,
    startedOn: new Date(`${today}T00:00:00Z`),
    targetDate: new Date(`${targetDate}T00:00:00Z`),
  };
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.developmentPlan.create({ data: { organizationId: viewer.organizationId, ...data }, select: { id: true } });
      await recordAudit(
        {
          organizationId: viewer.organizationId,
          ...auditActor(viewer),
          action: "leader_plan.created",
          entityType: "DevelopmentPlan",
          entityId: plan.id,
          after: { ...data, startedOn: today, targetDate, metric: priority.metric, metricLabel: metricDefinition(priority.metric).label, window: loaded.windows.at(-1) },
        },
        tx,
      );
      return plan;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`${manager.name} already has an active development plan for ${priority.competency.name}`);
    throw error;
  }
}
