import "server-only";
import { can } from "@/lib/access/policy";
import { z } from "zod";
import { db } from "@/lib/db";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadExperimentVerdicts } from "@/lib/server/coaching/load-experiment-verdicts";
import { loadPlanProgress } from "@/lib/server/plans/load-plan-progress";
import { getVisiblePlan } from "@/lib/server/plans/plan-access";
import { settleAchievedPlans } from "@/lib/server/plans/settle-achieved-plans";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

const stepsSchema = z.array(z.string());
const steps = (value: unknown) => {
  const parsed = stepsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
};
const day = dayKey;

const historyFieldsSchema = z.object({ targetDate: z.string(), reviewOn: z.string(), expectedFrom: z.number().nullable(), expectedTo: z.number().nullable(), status: z.string() }).partial();
/** The fields of an audit record the plan's history shows (dates, the expectation, the status). */
function changedFields(value: unknown) {
  const parsed = historyFieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/**
 * One development plan for its page: the rep, the competency, baseline and target, routines (sales
 * plays), notes and progress measured from activity. The rep, their manager and a VP read it; only
 * the manager may change it (`can.edit`), and only while it is active.
 */
export async function getPlan(viewer: Viewer, planId: string) {
  const visible = await getVisiblePlan(viewer, planId);
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const plan = await db.developmentPlan.findUniqueOrThrow({
    where: { id: visible.id },
    select: {
      id: true,
      subjectId: true,
      ownerId: true,
      leverKey: true,
      baselineValue: true,
      baselineSample: true,
      targetValue: true,
      startedOn: true,
      targetDate: true,
      status: true,
      closedAt: true,
      resultValue: true,
      resultSample: true,
      notes: true,
      expectedFrom: true,
      expectedTo: true,
      reviewOn: true,
      createdAt: true,
      competency: { select: { id: true, name: true, description: true } },
      routines: {
        select: { salesPlay: { select: { id: true, title: true, whenToUse: true, steps: true, retiredAt: true } } },
        orderBy: { salesPlay: { title: "asc" } },
      },
    },
  });
  const organization = { id: viewer.organizationId, timeZone: settings.timeZone, currency: settings.currency, stages: settings.stages };
  const [people, progressByPlan, experiments, audits] = await Promise.all([
    db.user.findMany({ where: { organizationId: viewer.organizationId, id: { in: [plan.subjectId, plan.ownerId] } }, select: { id: true, name: true } }),
    loadPlanProgress(organization, [plan]),
    loadExperimentVerdicts(organization, [plan]),
    // The plan's audited changes, shown on the page: the pre-registration is locked, and what did change is visible.
    db.auditLog.findMany({
      where: { organizationId: viewer.organizationId, entityType: "DevelopmentPlan", entityId: plan.id },
      select: { id: true, action: true, actorId: true, before: true, after: true, createdAt: true },
      orderBy: { createdAt: "asc" },
      take: 100,
    }),
  ]);
  const actorIds = [...new Set(audits.flatMap((audit) => (audit.actorId ? [audit.actorId] : [])))].filter((id) => id !== plan.subjectId && id !== plan.ownerId);
  const actors = actorIds.length ? await db.user.findMany({ where: { organizationId: viewer.organizationId, id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const progress = progressByPlan.get(plan.id);
  if (!progress) throw new Error("plan progress missing");
  let status = plan.status;
  let closedOn = plan.closedAt ? day(plan.closedAt) : null;
  if (status === "ACTIVE" && progress.achievement) {
    await settleAchievedPlans(viewer, [{ planId: plan.id, ...progress.achievement }]);
    status = "ACHIEVED";
    closedOn = progress.through;
  }
  const editable = can(viewer, "plan.manage") && status === "ACTIVE";
  const attachedIds = new Set(plan.routines.map((routine) => routine.salesPlay.id));
  const availablePlays = editable
    ? (
        await db.salesPlay.findMany({
          where: { organizationId: viewer.organizationId, competencyId: plan.competency.id, retiredAt: null },
          select: { id: true, title: true },
          orderBy: { title: "asc" },
        })
      ).filter((play) => !attachedIds.has(play.id))
    : [];
  const name = (id: string) => [...people, ...actors].find((person) => person.id === id)?.name ?? "Former user";
  return {
    id: plan.id,
    subject: { id: plan.subjectId, name: name(plan.subjectId) },
    owner: { id: plan.ownerId, name: name(plan.ownerId) },
    competency: plan.competency,
    status,
    startedOn: day(plan.startedOn),
    targetDate: day(plan.targetDate),
    closedOn,
    baseline: { value: plan.baselineValue, sample: plan.baselineSample },
    targetValue: plan.targetValue,
    notes: plan.notes,
    routines: plan.routines.map(({ salesPlay }) => ({
      id: salesPlay.id,
      title: salesPlay.title,
      whenToUse: salesPlay.whenToUse,
      steps: steps(salesPlay.steps),
      retired: salesPlay.retiredAt !== null,
    })),
    availablePlays,
    progress,
    experiment: experiments.get(plan.id) ?? null,
    history: audits.map((audit) => ({
      id: audit.id,
      action: audit.action,
      by: audit.actorId ? name(audit.actorId) : "Coachboard",
      at: audit.createdAt.toISOString(),
      before: changedFields(audit.before),
      after: changedFields(audit.after),
    })),
    currency: settings.currency,
    can: { edit: editable, viewRep: can(viewer, "rep.view") },
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;
