import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { LEADER_COMPETENCY_METRIC, leaderPlanProgress, metricDefinition, type LeaderPlanStatus, type MetricKey, type MetricUnit } from "@/lib/coaching/scorecard";
import { NotFoundError } from "@/lib/server/http/errors";
import { settleAchievedPlans } from "@/lib/server/plans/settle-achieved-plans";
import { getVisibleManager, seesCoachingContent } from "@/lib/server/scorecard/get-visible-manager";
import { loadOrganizationScorecards, withoutComments } from "@/lib/server/scorecard/load-organization-scorecards";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

export interface LeaderPlanView {
  id: string;
  competency: { id: string; name: string };
  metric: { key: MetricKey; label: string; unit: MetricUnit } | null;
  baseline: number | null;
  baselineSample: number;
  target: number | null;
  startedOn: string;
  targetDate: string;
  /** The metric now, over the trailing window; computed, never typed in. */
  current: number | null;
  sample: number;
  expected: number | null;
  status: LeaderPlanStatus;
  reasonText: string;
}

const day = dayKey;

/**
 * One manager's coaching scorecard: every metric over the current window with its trend and the
 * median manager beside it, rep feedback under the anonymity threshold, the development priority,
 * and the manager's active leader plans with their measured progress. The manager themself, the
 * VP and an ADMIN may read it (see get-visible-manager.ts); rep comments and leader plans are for
 * the manager and the VP only.
 */
export async function getManagerScorecard(viewer: Viewer, managerId: string) {
  const manager = await getVisibleManager(viewer, managerId);
  const content = seesCoachingContent(viewer, manager.id);
  const loaded = await loadOrganizationScorecards(viewer.organizationId, { commentsFor: content ? manager.id : null });
  const card = loaded.scorecards.managers.find((entry) => entry.managerId === manager.id);
  const profile = loaded.managers.find((entry) => entry.id === manager.id);
  if (!card || !profile) throw new NotFoundError("Manager");

  // The primary, not the replica: a plan the VP just accepted must show on the next render.
  const plans = content
    ? await db.developmentPlan.findMany({
        where: { organizationId: viewer.organizationId, subjectId: manager.id, status: "ACTIVE", competency: { kind: "LEADER" } },
        select: { id: true, baselineValue: true, baselineSample: true, targetValue: true, startedOn: true, targetDate: true, competency: { select: { id: true, name: true, metricKey: true } } },
        orderBy: [{ startedOn: "desc" }, { createdAt: "desc" }],
      })
    : [];
  const leaderPlans = plans.map((plan): LeaderPlanView => {
    const key = plan.competency.metricKey ? LEADER_COMPETENCY_METRIC[plan.competency.metricKey] : undefined;
    const metric = key ? card.metrics.find((entry) => entry.key === key) : undefined;
    const common = {
      id: plan.id,
      competency: { id: plan.competency.id, name: plan.competency.name },
      baseline: plan.baselineValue,
      baselineSample: plan.baselineSample,
      target: plan.targetValue,
      startedOn: day(plan.startedOn),
      targetDate: day(plan.targetDate),
    };
    if (!key || !metric)
      return { ...common, metric: null, current: null, sample: 0, expected: null, status: "insufficient_data", reasonText: `${plan.competency.name} is no longer measured by the scorecard.` };
    const definition = metricDefinition(key);
    const progress = leaderPlanProgress({ unit: definition.unit, baseline: plan.baselineValue, target: plan.targetValue, startedOn: common.startedOn, targetDate: common.targetDate }, metric.current, loaded.asOf);
    return { ...common, metric: { key, label: definition.label, unit: definition.unit }, current: progress.value, sample: metric.current.sample, expected: progress.expected, status: progress.status, reasonText: progress.reasonText };
  });
  // As for rep plans: reaching the target settles the plan as achieved (sticky), which frees the competency.
  await settleAchievedPlans(
    viewer,
    leaderPlans.flatMap((plan) => (plan.status === "achieved" && plan.current !== null ? [{ planId: plan.id, value: plan.current, sample: plan.sample, on: loaded.asOf }] : [])),
  );

  const planned = new Set(leaderPlans.filter((plan) => plan.status !== "achieved").map((plan) => plan.competency.id));
  return {
    manager: { id: manager.id, name: profile.name, cadence: profile.cadence, teams: profile.teams, repCount: profile.repCount },
    asOf: loaded.asOf,
    windows: loaded.windows,
    metrics: card.metrics,
    feedback: content ? card.feedback : { ...card.feedback, current: withoutComments(card.feedback.current) },
    // The manager's own ratings are theirs and their VP's to read, like the rep comments.
    perception: content ? card.perception : null,
    priority: card.priority,
    experiments: card.experiments,
    leaderPlans,
    can: {
      seeCoachingContent: content,
      acceptPriority: can(viewer, "leaderPlan.manage") && card.priority.status === "priority" && !planned.has(card.priority.competency.id),
    },
  };
}

export type ManagerScorecardView = Awaited<ReturnType<typeof getManagerScorecard>>;
