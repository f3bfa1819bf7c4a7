// Coaching experiments and commitments judged from the activity, pure (decision 0035).
//
// A plan's pre-registered expectation (lever from → to by a review date) and a commitment tied to a
// lever and a horizon are both judged the same way: the rep's lever over a "before" span and an
// "after" span, against comparable reps (no plan or commitment on that lever) over the same days.
// The effect is a difference in differences — the rep's change minus the comparable reps' mean
// change — in the lever's own units, with a 95 % interval from the sampling noise of each side:
// binomial for a ratio, Poisson per working day for volume, and a coefficient of variation of 1
// for deal size (deal amounts spread about as widely as their mean). Below the engine's minimum
// sample on either side of the rep, or below MIN_EXPERIMENT_COMPARABLES comparable reps, there is
// no effect: "not enough data".
import { MIN_TRIALS } from "./defaults";
import { formatLeverChange } from "@/lib/format";
import { formatRatio } from "./format";
import type { LeverKind } from "./levers";
import { cumulativeValue } from "./plan-status";

/** Comparable reps needed for an effect (as the scorecard's coached-vs-uncoached comparison). */
export const MIN_EXPERIMENT_COMPARABLES = 3;
const Z_95 = 1.959963984540054;

export interface LeverCounts {
  numerator: number;
  denominator: number;
}

export interface BeforeAfter {
  before: LeverCounts;
  after: LeverCounts;
}

export interface DifferenceInDifferences {
  status: "measured" | "not_enough_data";
  /** The rep's lever before and after, with the sample behind each. */
  rep: { before: number | null; after: number | null; change: number | null; beforeSample: number; afterSample: number };
  comparable: { reps: number; meanChange: number | null };
  /** Rep's change minus the comparable reps' mean change, in the lever's units. */
  effect: number | null;
  interval: { low: number; high: number } | null;
  /** The effect relative to the rep's before value (0.2 = 20 % of where the rep started). */
  relativeEffect: number | null;
  minSample: number;
  minComparables: number;
}

const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** Sampling variance of a lever value measured over `sample` attempts, working days or deals. */
export function leverVariance(kind: LeverKind, value: number, sample: number): number {
  if (!(sample > 0) || !Number.isFinite(value)) return 0;
  const v = Math.max(0, value);
  if (kind === "ratio") return (Math.min(1, v) * (1 - Math.min(1, v))) / sample;
  if (kind === "volume") return v / sample;
  return (v * v) / sample;
}

function measured(kind: LeverKind, counts: LeverCounts, minSample: number): { value: number; sample: number } | null {
  const sample = positive(counts.denominator);
  if (sample < minSample) return null;
  const value = cumulativeValue(kind, positive(counts.numerator), sample);
  return value === null || !Number.isFinite(value) ? null : { value, sample };
}

export function differenceInDifferences(
  kind: LeverKind,
  rep: BeforeAfter,
  comparables: readonly BeforeAfter[],
  options: { minSample?: number; minComparables?: number } = {},
): DifferenceInDifferences {
  const minSample = Math.max(1, options.minSample ?? MIN_TRIALS[kind]);
  const minComparables = Math.max(2, options.minComparables ?? MIN_EXPERIMENT_COMPARABLES);
  const before = measured(kind, rep.before, minSample);
  const after = measured(kind, rep.after, minSample);
  const changes: number[] = [];
  for (const comparable of comparables) {
    const from = measured(kind, comparable.before, minSample);
    const to = measured(kind, comparable.after, minSample);
    if (from && to) changes.push(to.value - from.value);
  }
  const meanChange = changes.length ? changes.reduce((sum, change) => sum + change, 0) / changes.length : null;
  const repChange = before && after ? after.value - before.value : null;
  const base = {
    rep: { before: before?.value ?? null, after: after?.value ?? null, change: repChange, beforeSample: positive(rep.before.denominator), afterSample: positive(rep.after.denominator) },
    comparable: { reps: changes.length, meanChange },
    minSample,
    minComparables,
  };
  if (!before || !after || repChange === null || meanChange === null || changes.length < minComparables)
    return { ...base, status: "not_enough_data", effect: null, interval: null, relativeEffect: null };

  const effect = repChange - meanChange;
  const spread = changes.reduce((sum, change) => sum + (change - meanChange) ** 2, 0) / (changes.length - 1);
  const variance = leverVariance(kind, before.value, before.sample) + leverVariance(kind, after.value, after.sample) + spread / changes.length;
  const half = Z_95 * Math.sqrt(variance);
  if (!Number.isFinite(effect) || !Number.isFinite(half)) return { ...base, status: "not_enough_data", effect: null, interval: null, relativeEffect: null };
  return {
    ...base,
    status: "measured",
    effect,
    interval: { low: effect - half, high: effect + half },
    relativeEffect: before.value > 0 ? effect / before.value : null,
  };
}

function comparisonText(kind: LeverKind, result: DifferenceInDifferences, currency: string): string {
  if (result.status !== "measured" || !result.interval) {
    return `Against comparable reps: not enough data (${result.comparable.reps} comparable reps with ${result.minSample} or more on each side; ${result.minComparables} needed).`;
  }
  const change = (value: number | null) => formatLeverChange(kind, value, currency);
  return `Comparable reps without a plan moved ${change(result.comparable.meanChange)} over the same days (n = ${result.comparable.reps}): effect ${change(result.effect)} (95 % interval ${change(result.interval.low)} to ${change(result.interval.high)}).`;
}

// ---- Pre-registered experiments ------------------------------------------------------------------

export type ExperimentStatus = "pending" | "not_enough_data" | "met" | "not_met";

export interface ExperimentVerdict {
  status: ExperimentStatus;
  /** Whether the rep's lever over the plan reached the expected value (null when not judged). */
  metExpectation: boolean | null;
  comparison: DifferenceInDifferences;
  reasonText: string;
}

export interface ExperimentInput {
  kind: LeverKind;
  expectedFrom: number;
  expectedTo: number;
  reviewOn: string;
  /** The day judged: today. */
  asOf: string;
  /** The rep's lever before the start and from the start to the review date. */
  rep: BeforeAfter;
  comparables: readonly BeforeAfter[];
  sampleNoun?: string;
  currency?: string;
  minSample?: number;
}

/** Met when the lever over the plan moved at least as far as expected, in the expected direction. */
export function reachedExpectation(expectedFrom: number, expectedTo: number, actual: number): boolean {
  return expectedTo >= expectedFrom ? actual >= expectedTo : actual <= expectedTo;
}

export function judgeExperiment(input: ExperimentInput): ExperimentVerdict {
  const currency = input.currency ?? "USD";
  const format = (value: number | null) => formatRatio(input.kind, value, { currency });
  const comparison = differenceInDifferences(input.kind, input.rep, input.comparables, { minSample: input.minSample });
  const expectation = `expected ${format(input.expectedFrom)} → ${format(input.expectedTo)} by ${input.reviewOn}`;
  if (input.asOf < input.reviewOn) return { status: "pending", metExpectation: null, comparison, reasonText: `Judged on ${input.reviewOn}: ${expectation}.` };
  const noun = input.sampleNoun ?? "attempts";
  const after = comparison.rep.after;
  if (after === null) {
    return {
      status: "not_enough_data",
      metExpectation: null,
      comparison,
      reasonText: `Not enough data: ${Math.round(comparison.rep.afterSample)} ${noun} from the start to the review date, ${comparison.minSample} needed to judge (${expectation}).`,
    };
  }
  const met = reachedExpectation(input.expectedFrom, input.expectedTo, after);
  return {
    status: met ? "met" : "not_met",
    metExpectation: met,
    comparison,
    reasonText: `${met ? "Met" : "Not met"}: ${format(after)} over ${Math.round(comparison.rep.afterSample)} ${noun} from the start to the review date, ${expectation}. ${comparisonText(input.kind, comparison, currency)}`,
  };
}

/** A manager's record of experiments: how many were judged, the share that met, the average relative effect. */
export interface ExperimentRecord {
  /** Experiments whose review date has passed. */
  run: number;
  /** Of those, judged (enough data on the rep's side). */
  judged: number;
  met: number;
  metShare: number | null;
  /** Mean relative effect against comparable reps, over the experiments where it was measured. */
  averageEffect: number | null;
  effectSample: number;
}

export function experimentRecord(verdicts: readonly Pick<ExperimentVerdict, "status" | "comparison">[]): ExperimentRecord {
  const done = verdicts.filter((verdict) => verdict.status !== "pending");
  const judged = done.filter((verdict) => verdict.status === "met" || verdict.status === "not_met");
  const met = judged.filter((verdict) => verdict.status === "met").length;
  const effects = judged.flatMap((verdict) => (verdict.comparison.relativeEffect !== null && Number.isFinite(verdict.comparison.relativeEffect) ? [verdict.comparison.relativeEffect] : []));
  return {
    run: done.length,
    judged: judged.length,
    met,
    metShare: judged.length ? met / judged.length : null,
    averageEffect: effects.length ? effects.reduce((sum, effect) => sum + effect, 0) / effects.length : null,
    effectSample: effects.length,
  };
}

// ---- Commitments scored by outcome ---------------------------------------------------------------

export type CommitmentOutcomeStatus = "pending" | "not_enough_data" | "moved" | "not_moved";

export interface CommitmentOutcome {
  status: CommitmentOutcomeStatus;
  /** The lever rose against the rep's own baseline (null when not judged). */
  aboveOwnBaseline: boolean | null;
  /** The rep's change beat comparable reps' over the same days (null when not judged). */
  aheadOfComparables: boolean | null;
  comparison: DifferenceInDifferences;
  reasonText: string;
}

/**
 * After its horizon, a commitment moved its lever when the rep's lever over the horizon is above
 * their own baseline AND their change beats the comparable reps' mean change over the same days.
 * Either side below the minimum sample is "not enough data", never a miss.
 */
export function scoreCommitment(input: {
  kind: LeverKind;
  horizonEnd: string;
  asOf: string;
  rep: BeforeAfter;
  comparables: readonly BeforeAfter[];
  label?: string;
  currency?: string;
  minSample?: number;
}): CommitmentOutcome {
  const currency = input.currency ?? "USD";
  const label = input.label ?? "The lever";
  const comparison = differenceInDifferences(input.kind, input.rep, input.comparables, { minSample: input.minSample });
  if (input.asOf <= input.horizonEnd)
    return { status: "pending", aboveOwnBaseline: null, aheadOfComparables: null, comparison, reasonText: `Scored after ${input.horizonEnd}, from the activity.` };
  if (comparison.status !== "measured" || comparison.effect === null || comparison.rep.change === null) {
    return {
      status: "not_enough_data",
      aboveOwnBaseline: null,
      aheadOfComparables: null,
      comparison,
      reasonText: `Not enough data to score: ${Math.round(comparison.rep.afterSample)} over the horizon, ${comparison.minSample} needed, and ${comparison.comparable.reps} comparable reps (${comparison.minComparables} needed).`,
    };
  }
  const up = comparison.rep.change > 0;
  const ahead = comparison.effect > 0;
  const format = (value: number | null) => formatRatio(input.kind, value, { currency });
  return {
    status: up && ahead ? "moved" : "not_moved",
    aboveOwnBaseline: up,
    aheadOfComparables: ahead,
    comparison,
    reasonText: `${label} ${format(comparison.rep.before)} → ${format(comparison.rep.after)} against the rep's own baseline (${formatLeverChange(input.kind, comparison.rep.change, currency)}); ${comparisonText(input.kind, comparison, currency)}`,
  };
}

export interface MoveRate {
  /** Scored outcomes (moved or not); pending and not-enough-data are left out. */
  scored: number;
  moved: number;
  share: number | null;
}

/** How often each key (a play, a commitment type) moved its metric, from scored outcomes only. */
export function moveRates(outcomes: readonly { key: string; status: CommitmentOutcomeStatus | ExperimentStatus }[]): Map<string, MoveRate> {
  const rates = new Map<string, MoveRate>();
  for (const outcome of outcomes) {
    const moved = outcome.status === "moved" || outcome.status === "met";
    const missed = outcome.status === "not_moved" || outcome.status === "not_met";
    if (!moved && !missed) continue;
    const rate = rates.get(outcome.key) ?? { scored: 0, moved: 0, share: null };
    rate.scored += 1;
    if (moved) rate.moved += 1;
    rate.share = rate.moved / rate.scored;
    rates.set(outcome.key, rate);
  }
  return rates;
}
