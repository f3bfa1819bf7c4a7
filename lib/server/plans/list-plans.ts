import "server-only";
import { db } from "@/lib/db";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadPlanProgress } from "@/lib/server/plans/load-plan-progress";
import { visiblePlansWhere } from "@/lib/server/plans/plan-access";
import { settleAchievedPlans } from "@/lib/server/plans/settle-achieved-plans";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

const day = dayKey;

/**
 * The development plans the viewer may see (a rep their own, a manager their reps', a VP all),
 * active first, each with its progress from activity: one query for the plans, one for the
 * people, one grouped query for all their progress.
 */
export async function listPlans(viewer: Viewer) {
  const where = await visiblePlansWhere(viewer);
  if (!where) return { active: [], closed: [], currency: viewer.organization.currency };
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const plans = await db.developmentPlan.findMany({
    where,
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
      competency: { select: { name: true } },
      _count: { select: { routines: true } },
    },
    orderBy: [{ startedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
  });
  const [people, progress] = await Promise.all([
    db.user.findMany({
      where: { organizationId: viewer.organizationId, id: { in: [...new Set(plans.map((plan) => plan.subjectId))] } },
      select: { id: true, name: true },
    }),
    loadPlanProgress({ id: viewer.organizationId, timeZone: settings.timeZone, currency: settings.currency, stages: settings.stages }, plans),
  ]);
  const newlyAchieved = plans.flatMap((plan) => {
    const achievement = progress.get(plan.id)?.achievement;
    return plan.status === "ACTIVE" && achievement ? [{ planId: plan.id, ...achievement }] : [];
  });
  await settleAchievedPlans(viewer, newlyAchieved);
  const settled = new Set(newlyAchieved.map((entry) => entry.planId));
  const names = new Map(people.map((person) => [person.id, person.name]));
  const rows = plans.flatMap((plan) => {
    const planProgress = progress.get(plan.id);
    if (!planProgress) return [];
    return [
      {
        id: plan.id,
        subject: { id: plan.subjectId, name: names.get(plan.subjectId) ?? "Former user" },
        competency: plan.competency.name,
        status: settled.has(plan.id) ? ("ACHIEVED" as const) : plan.status,
        startedOn: day(plan.startedOn),
        targetDate: day(plan.targetDate),
        routines: plan._count.routines,
        progress: planProgress,
      },
    ];
  });
  return { active: rows.filter((row) => row.status === "ACTIVE"), closed: rows.filter((row) => row.status !== "ACTIVE"), currency: settings.currency };
}

export type PlanList = Awaited<ReturnType<typeof listPlans>>;
export type PlanListRow = PlanList["active"][number];
