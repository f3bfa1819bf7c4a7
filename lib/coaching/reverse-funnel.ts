// The reverse funnel: from the revenue still to win in a period back to the activity each stage
// needs per working day, at the rep's own ratios and at benchmark. Pure, like the rest of the engine.
//
//   revenue = top-of-funnel · r_0 · r_1 · … · r_(n-1) · deal size
//   so stage k needs  remaining / (days · deal size · r_k · … · r_(n-1))  a day.
import { DEAL_SIZE, leversFor, type FunnelStageDef } from "./levers";
import { DEAL_PRIOR_DEALS, DEFAULT_PRIOR_STRENGTH, MIN_TRIALS } from "./priorities";
import type { ActivityTotals, LeverResult } from "./types";

/** One multiplier below the top of the funnel: a stage-to-stage ratio, or the average deal size. */
export interface FunnelRate {
  lever: string;
  kind: "ratio" | "deal_size";
  label: string;
  /** What the funnel runs at: the rep's shrunk estimate; the team's pooled value where the rep has no data; null when neither has any. */
  value: number | null;
  source: "rep" | "team" | null;
  /** Fewer of the rep's own observations than the engine needs to judge: the estimate leans on the team's rate. */
  thin: boolean;
  /** Observations behind `value`, the prior's pseudo-observations included (for the projection's range). */
  effectiveSample: number;
  benchmark: number | null;
}

/** A rep's funnel as the reverse funnel and the projection read it. */
export interface RepFunnel {
  stages: FunnelStageDef[];
  /** One per consecutive pair of stages, in funnel order. */
  ratios: FunnelRate[];
  dealSize: FunnelRate;
  /** Today's pace: each stage's count per working day over the coaching window (null without activity). */
  pace: { workingDays: number; perDay: Record<string, number> | null; revenuePerDayMinor: number | null };
}

const finiteOrNull = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);
const positiveOrNull = (value: number | null | undefined): number | null => {
  const finite = finiteOrNull(value);
  return finite !== null && finite > 0 ? finite : null;
};

function rateFrom(
  lever: { key: string; kind: "ratio" | "deal_size"; label: string },
  own: LeverResult | undefined,
  pooled: LeverResult | undefined,
): FunnelRate {
  const clamp = (value: number | null) => (value !== null && lever.kind === "ratio" ? Math.min(1, value) : value);
  const benchmark = clamp(positiveOrNull(own?.benchmark ?? pooled?.benchmark));
  const base = { lever: lever.key, kind: lever.kind, label: lever.label, benchmark };
  const ownValue = positiveOrNull(own?.estimate);
  if (own && own.sampleSize > 0 && ownValue !== null) {
    const prior = lever.kind === "ratio" ? DEFAULT_PRIOR_STRENGTH : DEAL_PRIOR_DEALS;
    return { ...base, value: clamp(ownValue), source: "rep", thin: own.sampleSize < MIN_TRIALS[lever.kind], effectiveSample: own.sampleSize + prior };
  }
  // No data of the rep's own: the team's pooled value stands in, and says so.
  const teamValue = positiveOrNull(pooled?.estimate ?? pooled?.actual);
  if (pooled && pooled.sampleSize > 0 && teamValue !== null)
    return { ...base, value: clamp(teamValue), source: "team", thin: true, effectiveSample: pooled.sampleSize };
  return { ...base, value: null, source: null, thin: true, effectiveSample: 0 };
}

/**
 * The funnel of one rep from the engine's output: the rep's shrunk ratios and deal size (which
 * already lean on the team's pooled rates in proportion to how thin the rep's data is), the
 * team's pooled values where the rep has none at all, and the observed pace per stage.
 */
export function repFunnelFrom(args: {
  stages: readonly FunnelStageDef[];
  rep: { levers: readonly LeverResult[]; totals: ActivityTotals };
  team: { levers: readonly LeverResult[] } | null;
}): RepFunnel {
  const find = (levers: readonly LeverResult[] | undefined, key: string) => levers?.find((lever) => lever.lever === key);
  const levers = leversFor(args.stages);
  const ratios = levers
    .filter((lever) => lever.kind === "ratio")
    .map((lever) => rateFrom({ key: lever.key, kind: "ratio", label: lever.label }, find(args.rep.levers, lever.key), find(args.team?.levers, lever.key)));
  const dealLever = levers.find((lever) => lever.key === DEAL_SIZE);
  const dealSize = rateFrom(
    { key: DEAL_SIZE, kind: "deal_size", label: dealLever?.label ?? "Average deal size" },
    find(args.rep.levers, DEAL_SIZE),
    find(args.team?.levers, DEAL_SIZE),
  );
  const days = finiteOrNull(args.rep.totals.workingDays) ?? 0;
  const perDay =
    days > 0
      ? Object.fromEntries(args.stages.map((stage) => [stage.key, Math.max(0, finiteOrNull(args.rep.totals.stageCounts[stage.key]) ?? 0) / days]))
      : null;
  const revenuePerDayMinor = days > 0 ? Math.max(0, finiteOrNull(args.rep.totals.revenueMinor) ?? 0) / days : null;
  return { stages: [...args.stages], ratios, dealSize, pace: { workingDays: days > 0 ? days : 0, perDay, revenuePerDayMinor } };
}

export type ReverseFunnelStatus = "behind" | "ahead" | "no_pace" | "quota_met" | "no_days_left" | "insufficient_data";

export interface StageTarget {
  stage: string;
  label: string;
  /** Needed per working day at the rep's own ratios. */
  neededPerDay: number | null;
  /** Needed per working day with every ratio and the deal size at benchmark (the rep's own value where none is set). */
  atBenchmarkPerDay: number | null;
  /** Today's pace: the stage's count per working day over the coaching window. */
  pacePerDay: number | null;
}

export interface LeverOpportunity {
  lever: string;
  label: string;
  kind: "ratio" | "deal_size";
  value: number;
  benchmark: number;
  /** Top-of-funnel needed per day with this one lever at benchmark (the others as they are). */
  topNeededPerDay: number;
  /** How much of the needed top-of-funnel activity a day it takes away. */
  closesPerDay: number;
  /** Share of the gap between pace and need it closes (1 = all of it); null when there is no gap. */
  shareOfGap: number | null;
}

export interface ReverseFunnel {
  status: ReverseFunnelStatus;
  reasonText: string;
  remainingMinor: number;
  workingDaysLeft: number;
  neededRevenuePerDayMinor: number | null;
  /** One per stage, top of the funnel first. */
  targets: StageTarget[];
  /** Needed minus pace at the top of the funnel, per working day (positive: behind). */
  gapPerDay: number | null;
  /** The lever whose benchmark would cut the needed activity the most. */
  bestLever: LeverOpportunity | null;
  /** Levers with no data, neither the rep's nor the team's. */
  missing: { lever: string; label: string }[];
}

/** Product of the rates from index `from` to the end, times the deal size (null when any is missing). */
function suffixYield(ratios: readonly (number | null)[], dealSize: number | null, from: number): number | null {
  if (dealSize === null) return null;
  let product = dealSize;
  for (let index = from; index < ratios.length; index++) {
    const ratio = ratios[index];
    if (ratio === null || ratio === undefined) return null;
    product *= ratio;
  }
  return product > 0 && Number.isFinite(product) ? product : null;
}

function needsPerStage(
  stages: readonly FunnelStageDef[],
  ratios: readonly (number | null)[],
  dealSize: number | null,
  revenuePerDay: number,
): (number | null)[] {
  return stages.map((_, index) => {
    const yieldPerUnit = suffixYield(ratios, dealSize, index);
    return yieldPerUnit === null ? null : finiteOrNull(revenuePerDay / yieldPerUnit);
  });
}

/**
 * What each stage needs per working day to win `remainingMinor` in `workingDaysLeft` days, at
 * the rep's ratios and at benchmark; the gap to today's pace at the top of the funnel; and the
 * one lever whose benchmark would close the most of it. Never NaN or Infinity: a zero or missing
 * ratio is "not enough data".
 */
export function computeReverseFunnel(input: { funnel: RepFunnel; remainingMinor: number; workingDaysLeft: number }): ReverseFunnel {
  const { funnel } = input;
  const remainingMinor = Math.max(0, finiteOrNull(input.remainingMinor) ?? 0);
  const workingDaysLeft = Math.max(0, Math.floor(finiteOrNull(input.workingDaysLeft) ?? 0));
  const rates = [...funnel.ratios, funnel.dealSize];
  const missing = rates.filter((rate) => positiveOrNull(rate.value) === null).map((rate) => ({ lever: rate.lever, label: rate.label }));
  const pace = (stage: string) => finiteOrNull(funnel.pace.perDay?.[stage]);
  const own = funnel.ratios.map((rate) => positiveOrNull(rate.value));
  const ownDeal = positiveOrNull(funnel.dealSize.value);
  const atBenchmark = funnel.ratios.map((rate) => positiveOrNull(rate.benchmark) ?? positiveOrNull(rate.value));
  const benchmarkDeal = positiveOrNull(funnel.dealSize.benchmark) ?? ownDeal;

  const base = { remainingMinor, workingDaysLeft, missing };
  const targetsWith = (needed: (number | null)[], benchmark: (number | null)[]): StageTarget[] =>
    funnel.stages.map((stage, index) => ({
      stage: stage.key,
      label: stage.label,
      neededPerDay: needed[index] ?? null,
      atBenchmarkPerDay: benchmark[index] ?? null,
      pacePerDay: pace(stage.key),
    }));
  const zeros = funnel.stages.map(() => 0);

  if (remainingMinor === 0) {
    return {
      ...base,
      status: "quota_met",
      reasonText: "Quota met: nothing left to win this period.",
      neededRevenuePerDayMinor: 0,
      targets: targetsWith(zeros, zeros),
      gapPerDay: null,
      bestLever: null,
    };
  }
  const none = funnel.stages.map(() => null);
  if (workingDaysLeft === 0) {
    return {
      ...base,
      status: "no_days_left",
      reasonText: "No working days left in this period.",
      neededRevenuePerDayMinor: null,
      targets: targetsWith(none, none),
      gapPerDay: null,
      bestLever: null,
    };
  }
  const revenuePerDay = remainingMinor / workingDaysLeft;
  const needed = needsPerStage(funnel.stages, own, ownDeal, revenuePerDay);
  const neededAtBenchmark = needsPerStage(funnel.stages, atBenchmark, benchmarkDeal, revenuePerDay);
  if (missing.length > 0 || needed.some((value) => value === null)) {
    const names = missing.map((entry) => entry.label.toLowerCase()).join(", ");
    return {
      ...base,
      status: "insufficient_data",
      reasonText: `Not enough data to work back from the quota: no ${names || "usable ratios"} yet, neither yours nor your team's.`,
      neededRevenuePerDayMinor: revenuePerDay,
      targets: targetsWith(none, neededAtBenchmark),
      gapPerDay: null,
      bestLever: null,
    };
  }

  const top = funnel.stages[0];
  const topNeeded = needed[0] ?? null;
  const topPace = top ? pace(top.key) : null;
  const gapPerDay = topNeeded !== null && topPace !== null ? topNeeded - topPace : null;
  let bestLever: LeverOpportunity | null = null;
  if (topNeeded !== null) {
    for (const rate of rates) {
      const value = positiveOrNull(rate.value);
      const benchmark = positiveOrNull(rate.benchmark);
      if (value === null || benchmark === null || benchmark <= value) continue;
      // One lever at benchmark scales the whole chain by value / benchmark.
      const topNeededPerDay = topNeeded * (value / benchmark);
      const closesPerDay = topNeeded - topNeededPerDay;
      if (bestLever && closesPerDay <= bestLever.closesPerDay) continue;
      bestLever = {
        lever: rate.lever,
        label: rate.label,
        kind: rate.kind,
        value,
        benchmark,
        topNeededPerDay,
        closesPerDay,
        shareOfGap: gapPerDay !== null && gapPerDay > 0 ? Math.min(1, closesPerDay / gapPerDay) : null,
      };
    }
  }
  const status: ReverseFunnelStatus = gapPerDay === null ? "no_pace" : gapPerDay > 0 ? "behind" : "ahead";
  const reasonText =
    status === "no_pace"
      ? "No activity in the window yet, so there is no pace to compare with."
      : status === "behind"
        ? `${Math.ceil(gapPerDay ?? 0)} ${top?.label.toLowerCase() ?? "activities"} a day behind the pace the quota needs.`
        : `On or ahead of the pace the quota needs by ${Math.floor(-(gapPerDay ?? 0))} ${top?.label.toLowerCase() ?? "activities"} a day.`;
  return { ...base, status, reasonText, neededRevenuePerDayMinor: revenuePerDay, targets: targetsWith(needed, neededAtBenchmark), gapPerDay, bestLever };
}
