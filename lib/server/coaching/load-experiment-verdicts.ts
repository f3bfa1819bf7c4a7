import "server-only";
import { readDb } from "@/lib/db";
import { addDays, dayKey, todayIn } from "@/lib/calendar/days";
import { leversFor, type FunnelStageDef, type LeverKind } from "@/lib/coaching";
import { judgeExperiment, type ExperimentVerdict } from "@/lib/coaching/experiments";
import { loadLeverComparisons, type LeverComparisonRequest } from "@/lib/server/coaching/load-lever-comparisons";

/** The rep's baseline for an experiment: the 13 weeks before the plan started (as the scorecard's comparison). */
export const EXPERIMENT_BASELINE_DAYS = 91;

export interface ExperimentPlan {
  id: string;
  subjectId: string;
  leverKey: string | null;
  startedOn: Date;
  expectedFrom: number | null;
  expectedTo: number | null;
  reviewOn: Date | null;
}

export interface ExperimentReading {
  lever: { key: string; label: string; kind: LeverKind };
  expectedFrom: number;
  expectedTo: number;
  reviewOn: string;
  /** The days judged: the baseline before the start, the plan from its start to the review date. */
  before: { from: string; to: string };
  after: { from: string; to: string };
  verdict: ExperimentVerdict;
}

function sampleNounFor(stages: readonly FunnelStageDef[], kind: LeverKind, from: string | undefined): string {
  if (kind === "volume") return "working days";
  if (kind === "deal_size") return "deals won";
  return stages.find((stage) => stage.key === from)?.label.toLowerCase() ?? "attempts";
}

/**
 * Each pre-registered plan judged on its review date (decision 0035): the rep's lever from the start
 * to the review date against the expectation, and the difference in differences against every rep
 * of the organization without a plan on that lever over those days. A plan closed early is still
 * judged on the days it registered. Two queries for any number of plans (the plans on the same
 * levers, then one grouped activity query); a plan not yet due is "pending" without reading activity.
 */
export async function loadExperimentVerdicts(
  organization: { id: string; timeZone: string; currency: string; stages: FunnelStageDef[] },
  plans: readonly ExperimentPlan[],
  asOf = todayIn(organization.timeZone),
): Promise<Map<string, ExperimentReading>> {
  const result = new Map<string, ExperimentReading>();
  const registered = plans.flatMap((plan) =>
    plan.leverKey && plan.expectedFrom !== null && plan.expectedTo !== null && plan.reviewOn
      ? [{ ...plan, leverKey: plan.leverKey, expectedFrom: plan.expectedFrom, expectedTo: plan.expectedTo, reviewOn: dayKey(plan.reviewOn), startedOn: dayKey(plan.startedOn) }]
      : [],
  );
  if (registered.length === 0) return result;
  const due = registered.filter((plan) => plan.reviewOn <= asOf);
  const spans = new Map(
    registered.map((plan) => [plan.id, { before: { from: addDays(plan.startedOn, -EXPERIMENT_BASELINE_DAYS), to: addDays(plan.startedOn, -1) }, after: { from: plan.startedOn, to: plan.reviewOn } }]),
  );

  // Reps with a plan on the same lever over the same days are coached, not comparable.
  const others = due.length
    ? await readDb.developmentPlan.findMany({
        where: { organizationId: organization.id, leverKey: { in: [...new Set(due.map((plan) => plan.leverKey))] } },
        select: { subjectId: true, leverKey: true, startedOn: true, status: true, closedAt: true },
      })
    : [];
  const requests: LeverComparisonRequest[] = due.map((plan) => {
    const span = spans.get(plan.id)!;
    const excludeRepIds = others
      .filter((other) => {
        const end = other.status === "ACTIVE" || !other.closedAt ? asOf : todayIn(organization.timeZone, other.closedAt);
        return other.leverKey === plan.leverKey && dayKey(other.startedOn) <= span.after.to && end >= span.before.from;
      })
      .map((other) => other.subjectId);
    return { key: plan.id, repId: plan.subjectId, leverKey: plan.leverKey, before: span.before, after: span.after, excludeRepIds };
  });
  const comparisons = await loadLeverComparisons(organization, requests);

  const empty = { numerator: 0, denominator: 0 };
  const leverOf = new Map(leversFor(organization.stages).map((lever) => [lever.key, lever]));
  for (const plan of registered) {
    const comparison = comparisons.get(plan.id);
    const lever = leverOf.get(plan.leverKey) ?? null;
    // A plan not yet due, or whose lever left the funnel, is judged with no data (pending, or not enough data).
    const kind: LeverKind = lever?.kind ?? "ratio";
    const span = spans.get(plan.id)!;
    const verdict = judgeExperiment({
      kind,
      expectedFrom: plan.expectedFrom,
      expectedTo: plan.expectedTo,
      reviewOn: plan.reviewOn,
      asOf,
      rep: comparison?.rep ?? { before: empty, after: empty },
      comparables: comparison?.comparables ?? [],
      sampleNoun: sampleNounFor(organization.stages, kind, lever?.from),
      currency: organization.currency,
    });
    result.set(plan.id, {
      lever: { key: plan.leverKey, label: lever?.label ?? plan.leverKey, kind },
      expectedFrom: plan.expectedFrom,
      expectedTo: plan.expectedTo,
      reviewOn: plan.reviewOn,
      before: span.before,
      after: span.after,
      verdict,
    });
  }
  return result;
}
