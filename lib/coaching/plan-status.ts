// Development-plan progress, measured from activity and never typed in. Pure.
//
// Progress is the lever's cumulative value since the plan started (successes over attempts for a
// ratio, count over working days for volume, revenue over deals for deal size), checked at the end
// of each period (a week) and on the day judged:
//   achieved           once the cumulative value is at or above the target over at least the
//                      minimum sample (30 attempts for a ratio, as the engine's MIN_TRIALS) — and it
//                      stays achieved: a later dip does not take it back;
//   insufficient_data  while the sample is below that minimum (or there is no target);
//   on_track           when the value is at or above the straight path from the baseline (at the
//                      start) to the target (on the target date) on the day judged;
//   behind             otherwise, including every day after the target date until achieved.
import { daysBetween } from "./days";
import { formatRatio } from "./format";
import type { FunnelStageDef, LeverDef, LeverKind } from "./levers";
import { MIN_TRIALS } from "./priorities";

export type PlanProgressStatus = "achieved" | "on_track" | "behind" | "insufficient_data";

/** What a period adds to the lever (increments, not running totals). */
export interface PlanPeriod {
  /** First day counted, YYYY-MM-DD (the plan's start for the first period). */
  from: string;
  /** Last day counted. */
  to: string;
  numerator: number;
  denominator: number;
}

export interface PlanRules {
  kind: LeverKind;
  baseline: number | null;
  target: number | null;
  startedOn: string;
  targetDate: string;
  /** The day judged: today for an open plan. */
  asOf: string;
  /** In order, from the start; periods starting after asOf are ignored. */
  periods: readonly PlanPeriod[];
  /** Defaults to the engine's minimum sample for the lever's kind. */
  minSample?: number;
  /** What the sample counts, e.g. "proposals" (defaults by kind). */
  sampleNoun?: string;
  currency?: string;
}

export interface PlanPoint {
  from: string;
  to: string;
  /** Cumulative value since the start, through `to`; null before any attempt. */
  value: number | null;
  /** Cumulative sample since the start. */
  sample: number;
  /** The straight path from baseline to target, on `to`. */
  expected: number | null;
}

export interface PlanEvaluation {
  status: PlanProgressStatus;
  reasonText: string;
  /** Cumulative value and sample since the start, as of the day judged. */
  value: number | null;
  sample: number;
  minSample: number;
  /** Where the path says the value should be on the day judged. */
  expected: number | null;
  /** The last day of the period in which the target was first met over the minimum sample. */
  achievedOn: string | null;
  /** Value and sample when achieved (what a settled plan keeps). */
  achievedValue: number | null;
  achievedSample: number | null;
  points: PlanPoint[];
}

const DEFAULT_NOUN: Record<LeverKind, string> = { ratio: "attempts", volume: "working days", deal_size: "deals" };
const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

export function minPlanSample(kind: LeverKind): number {
  return MIN_TRIALS[kind];
}

/** The cumulative value of a lever from its running numerator and denominator (ratios capped at 1). */
export function cumulativeValue(kind: LeverKind, numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  const value = nonNegative(numerator) / denominator;
  return kind === "ratio" ? Math.min(1, value) : value;
}

/** Baseline + (target − baseline) × elapsed share of the plan; the target itself without a baseline or after the date. */
export function expectedOnPath(plan: { baseline: number | null; target: number | null; startedOn: string; targetDate: string }, day: string): number | null {
  if (plan.target === null || !Number.isFinite(plan.target)) return null;
  if (plan.baseline === null || !Number.isFinite(plan.baseline)) return plan.target;
  const total = daysBetween(plan.startedOn, plan.targetDate);
  if (total <= 0) return plan.target;
  const share = Math.min(1, Math.max(0, daysBetween(plan.startedOn, day) / total));
  return plan.baseline + (plan.target - plan.baseline) * share;
}

/**
 * What one period of stage totals adds to a lever: successes over attempts for a ratio, the top
 * stage over working days for volume, revenue over deals won for deal size.
 */
export function leverIncrement(
  stages: readonly FunnelStageDef[],
  lever: Pick<LeverDef, "kind" | "from" | "to">,
  totals: Readonly<Record<string, number>>,
  workingDays: number,
): { numerator: number; denominator: number } {
  const count = (key: string | undefined) => nonNegative(key ? (totals[key] ?? 0) : 0);
  if (lever.kind === "volume") return { numerator: count(stages[0]?.key), denominator: nonNegative(workingDays) };
  if (lever.kind === "deal_size") return { numerator: count("revenue"), denominator: count(stages.at(-1)?.key) };
  return { numerator: count(lever.to), denominator: count(lever.from) };
}

export function evaluatePlan(rules: PlanRules): PlanEvaluation {
  const minSample = rules.minSample ?? minPlanSample(rules.kind);
  const noun = rules.sampleNoun ?? DEFAULT_NOUN[rules.kind];
  const format = (value: number | null) => formatRatio(rules.kind, value, { currency: rules.currency ?? "USD" });
  const target = rules.target !== null && Number.isFinite(rules.target) ? rules.target : null;
  const path = { baseline: rules.baseline, target, startedOn: rules.startedOn, targetDate: rules.targetDate };

  let numerator = 0;
  let denominator = 0;
  const points: PlanPoint[] = [];
  let achieved: PlanPoint | null = null;
  for (const period of rules.periods) {
    if (period.from > rules.asOf) break;
    numerator += nonNegative(period.numerator);
    denominator += nonNegative(period.denominator);
    const to = period.to < rules.asOf ? period.to : rules.asOf;
    const point: PlanPoint = {
      from: period.from,
      to,
      value: cumulativeValue(rules.kind, numerator, denominator),
      sample: denominator,
      expected: expectedOnPath(path, to),
    };
    points.push(point);
    if (!achieved && target !== null && point.value !== null && point.sample >= minSample && point.value >= target) achieved = point;
  }

  const value = cumulativeValue(rules.kind, numerator, denominator);
  const expected = expectedOnPath(path, rules.asOf);
  const base = { value, sample: denominator, minSample, expected, points, achievedOn: null, achievedValue: null, achievedSample: null };
  const sampleText = `${Math.round(denominator)} ${noun}`;

  if (achieved) {
    return {
      ...base,
      status: "achieved",
      achievedOn: achieved.to,
      achievedValue: achieved.value,
      achievedSample: achieved.sample,
      reasonText: `Achieved: ${format(achieved.value)} over ${Math.round(achieved.sample)} ${noun} since the start, at or above the ${format(target)} target.`,
    };
  }
  if (target === null) return { ...base, status: "insufficient_data", reasonText: "No target to measure against: the lever has no benchmark." };
  if (denominator < minSample) {
    return { ...base, status: "insufficient_data", reasonText: `Not enough data yet: ${sampleText} since the start, ${minSample} needed to judge.` };
  }
  const pastDate = rules.asOf > rules.targetDate;
  if (expected !== null && value !== null && value >= expected) {
    return {
      ...base,
      status: "on_track",
      reasonText: `On track: ${format(value)} over ${sampleText} since the start; the path to ${format(target)} by the target date expects ${format(expected)} by now.`,
    };
  }
  return {
    ...base,
    status: "behind",
    reasonText: pastDate
      ? `Behind: the target date has passed at ${format(value)} over ${sampleText}, short of the ${format(target)} target.`
      : `Behind: ${format(value)} over ${sampleText} since the start; the path to ${format(target)} by the target date expects ${format(expected)} by now.`,
  };
}
