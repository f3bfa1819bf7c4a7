// Where a rep ends the period at today's pace, with an honest range. Pure.
//
// Method (shown in the UI): revenue won so far in the period, plus each working day left at
// today's pace — the rep's top-of-funnel activity per day over the coaching window, through the
// rep's ratios and deal size (the funnel of reverse-funnel.ts). The 90 % range is that of a log-normal
// with the projection as its mean and, as its relative variance, the sum of
//   - each ratio's Beta posterior:  (1 − p) / (p · (n + 1)), n = observations + prior pseudo-observations,
//   - the deal-size estimate:       1 / (deals + prior deals)  (the engine assumes a coefficient of variation near 1),
//   - the activity pace:            1 / (activities counted in the window),
//   - the luck of the deals still to close (compound Poisson, CV 1): 2 / expected deals.
import { gradeFor, type Grade, type GradeThresholds } from "./grade";
import type { RepFunnel } from "./reverse-funnel";

/** How the projection is made, for the screens that show one. */
export const PROJECTION_METHOD =
  "Projected at a straight-line pace: revenue won so far in the period, plus every working day left at the pace of the window shown — top-of-funnel activity per day through the rep's own ratios and average deal size (the coaching engine's estimates). The range is a 90 % interval combining how sure the engine is of each ratio, of the deal size and of the pace with the luck of how many deals are still to close.";

/** z for a two-sided 90 % interval. */
export const PROJECTION_Z = 1.645;

export type ProjectionStatus = "projected" | "no_activity" | "insufficient_data" | "period_over";

export interface PeriodProjection {
  status: ProjectionStatus;
  wonToDateMinor: number;
  /** Expected revenue over the working days left at today's pace (null when a rate is missing). */
  remainingExpectedMinor: number | null;
  projectedMinor: number | null;
  lowMinor: number | null;
  highMinor: number | null;
  quotaMinor: number | null;
  projectedAttainment: number | null;
  lowAttainment: number | null;
  highAttainment: number | null;
  projectedGrade: Grade | null;
}

const finite = (value: number | null | undefined): number => (value !== null && value !== undefined && Number.isFinite(value) ? value : 0);

export function projectPeriodRevenue(input: {
  funnel: RepFunnel;
  wonToDateMinor: number;
  workingDaysLeft: number;
  quotaMinor: number | null;
  thresholds?: GradeThresholds;
}): PeriodProjection {
  const won = Math.max(0, finite(input.wonToDateMinor));
  const days = Math.max(0, Math.floor(finite(input.workingDaysLeft)));
  const quota = input.quotaMinor !== null && Number.isFinite(input.quotaMinor) && input.quotaMinor > 0 ? input.quotaMinor : null;
  const finish = (status: ProjectionStatus, expected: number | null, low: number | null, high: number | null): PeriodProjection => {
    const projected = expected === null ? null : won + expected;
    const attainment = (amount: number | null) => (amount !== null && quota !== null ? amount / quota : null);
    return {
      status,
      wonToDateMinor: won,
      remainingExpectedMinor: expected,
      projectedMinor: projected,
      lowMinor: low === null ? null : won + low,
      highMinor: high === null ? null : won + high,
      quotaMinor: quota,
      projectedAttainment: attainment(projected),
      lowAttainment: attainment(low === null ? null : won + low),
      highAttainment: attainment(high === null ? null : won + high),
      projectedGrade: projected === null ? null : gradeFor({ revenueMinor: projected, quotaMinor: quota, thresholds: input.thresholds }).grade,
    };
  };
  if (days === 0) return finish("period_over", 0, 0, 0);

  const { funnel } = input;
  const top = funnel.stages[0];
  const pace = top ? finite(funnel.pace.perDay?.[top.key]) : 0;
  // Nothing done in the window: the straight line is flat from here.
  if (funnel.pace.perDay === null || pace <= 0) return finish("no_activity", 0, 0, 0);

  const rates = [...funnel.ratios, funnel.dealSize];
  let perDay = pace;
  let variance = 0;
  for (const rate of rates) {
    const value = rate.value;
    if (value === null || !Number.isFinite(value) || value <= 0) return finish("insufficient_data", null, null, null);
    perDay *= value;
    const n = Math.max(1, finite(rate.effectiveSample));
    variance += rate.kind === "ratio" ? (1 - Math.min(1, value)) / (value * (n + 1)) : 1 / n;
  }
  const expected = perDay * days;
  if (!Number.isFinite(expected)) return finish("insufficient_data", null, null, null);
  const activitiesCounted = pace * Math.max(1, finite(funnel.pace.workingDays));
  variance += 1 / Math.max(1, activitiesCounted);
  const deal = funnel.dealSize.value ?? 0;
  const expectedDeals = deal > 0 ? expected / deal : 0;
  if (expectedDeals > 0) variance += 2 / expectedDeals;
  // A log-normal with the expected value and that relative variance: median E / sqrt(1 + v), sigma² = ln(1 + v).
  const median = expected / Math.sqrt(1 + variance);
  const spread = PROJECTION_Z * Math.sqrt(Math.log1p(variance));
  const low = median * Math.exp(-spread);
  const high = median * Math.exp(spread);
  // With next to no deals expected the log-normal's tail puts even its 95th percentile under the mean: keep the projection inside its range.
  return finish("projected", expected, Number.isFinite(low) ? Math.min(low, expected) : 0, Number.isFinite(high) ? Math.max(high, expected) : null);
}

/**
 * A group's projection from its members': projections add up; the ranges combine as independent
 * (half-widths in quadrature, each side on its own). Members without a projection are counted.
 */
export function combineProjections(projections: readonly PeriodProjection[], quotaMinor: number | null, thresholds?: GradeThresholds) {
  let won = 0;
  let projected = 0;
  let below = 0;
  let above = 0;
  let counted = 0;
  for (const projection of projections) {
    won += projection.wonToDateMinor;
    if (projection.projectedMinor === null) {
      projected += projection.wonToDateMinor;
      continue;
    }
    counted++;
    projected += projection.projectedMinor;
    below += (projection.projectedMinor - (projection.lowMinor ?? projection.projectedMinor)) ** 2;
    above += ((projection.highMinor ?? projection.projectedMinor) - projection.projectedMinor) ** 2;
  }
  const quota = quotaMinor !== null && quotaMinor > 0 ? quotaMinor : null;
  const lowMinor = Math.max(won, projected - Math.sqrt(below));
  const highMinor = projected + Math.sqrt(above);
  return {
    wonToDateMinor: won,
    projectedMinor: projected,
    lowMinor,
    highMinor,
    withoutProjection: projections.length - counted,
    projectedAttainment: quota ? projected / quota : null,
    lowAttainment: quota ? lowMinor / quota : null,
    highAttainment: quota ? highMinor / quota : null,
    projectedGrade: gradeFor({ revenueMinor: projected, quotaMinor: quota, thresholds }).grade,
  };
}
