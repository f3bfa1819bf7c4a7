import "server-only";
import { can } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { SCORECARD_METRICS } from "@/lib/coaching/scorecard";
import { ForbiddenError } from "@/lib/server/http/errors";
import { loadOrganizationScorecards, withoutComments } from "@/lib/server/scorecard/load-organization-scorecards";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Every manager's coaching scorecard side by side, for the VP and an ADMIN: each metric with its
 * median manager and trend, feedback aggregates (never comments), and each manager's development
 * priority. The VP also sees which leader plans are running (an ADMIN sees no plans).
 */
export async function getOrganizationScorecards(viewer: Viewer) {
  if (!can(viewer, "scorecard.viewAll")) throw new ForbiddenError();
  const loaded = await loadOrganizationScorecards(viewer.organizationId);
  const plans =
    can(viewer, "leaderPlan.manage") && loaded.managers.length
      ? await readDb.developmentPlan.findMany({
          where: { organizationId: viewer.organizationId, status: "ACTIVE", subjectId: { in: loaded.managers.map((manager) => manager.id) }, competency: { kind: "LEADER" } },
          select: { subjectId: true, competency: { select: { name: true } } },
          orderBy: { startedOn: "asc" },
        })
      : [];
  const cards = new Map(loaded.scorecards.managers.map((card) => [card.managerId, card]));
  return {
    asOf: loaded.asOf,
    windows: loaded.windows,
    metrics: SCORECARD_METRICS.map(({ key, label, unit, sampleNoun, description }) => ({ key, label, unit, sampleNoun, description })),
    medians: loaded.scorecards.medians,
    managers: loaded.managers.flatMap((manager) => {
      const card = cards.get(manager.id);
      if (!card) return [];
      return [
        {
          ...manager,
          metrics: card.metrics,
          feedback: { ...card.feedback, current: withoutComments(card.feedback.current), trend: card.feedback.trend.map((point) => ({ ...point, reading: withoutComments(point.reading) })) },
          priority: card.priority,
          leaderPlans: plans.filter((plan) => plan.subjectId === manager.id).map((plan) => plan.competency.name),
        },
      ];
    }),
    showsPlans: can(viewer, "leaderPlan.manage"),
  };
}

export type OrganizationScorecardsView = Awaited<ReturnType<typeof getOrganizationScorecards>>;
