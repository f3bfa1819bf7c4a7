// Each metric's reading from a manager's facts, with "not enough data" instead of a guess; rep
// feedback under the anonymity rule; the median manager.
import { type Cadence, cadenceStanding } from "@/lib/coaching/cadence";
import { daysBetween } from "@/lib/coaching/days";
import { MIN_TRIALS } from "@/lib/coaching/defaults";
import type { LeverKind } from "@/lib/coaching/levers";
import { cumulativeValue } from "@/lib/coaching/plan-status";
import {
  CADENCE_INTERVAL_DAYS,
  CADENCE_TOLERANCE_SHARE,
  type CoachedComparison,
  type CoachedPlanFact,
  type CommitmentOutcomes,
  FEEDBACK_ANONYMITY_THRESHOLD,
  type FeedbackFacts,
  type FeedbackReading,
  type LeverSample,
  type MedianReading,
  metricDefinition,
  type MetricReading,
  type MetricUnit,
  MIN_COACHED_PLANS,
  MIN_COMPARABLE_REPS,
  type RepCadenceFact,
  type ScorecardWindow,
} from "./definitions";

const finite = (value: number) => (Number.isFinite(value) ? value : 0);
const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

export function notEnough(sample: number, minSample: number, comparison?: CoachedComparison): MetricReading {
  return comparison ? { status: "not_enough_data", value: null, sample, minSample, comparison } : { status: "not_enough_data", value: null, sample, minSample };
}

/** part / whole, measured from `minSample` (and never on an empty whole). */
export function shareReading(part: number, whole: number, minSample: number): MetricReading {
  const sample = nonNegative(whole);
  if (sample === 0 || sample < minSample) return notEnough(sample, minSample);
  return { status: "measured", value: Math.min(1, nonNegative(part) / sample), sample, minSample };
}

/**
 * Cadence kept: a rep on the team for D days of the window expects floor(D / cadence days)
 * one-on-ones, and kept the cadence when they held at least that many minus the tolerance (one in
 * five, rounded down), and is not past cadence at the window's end by the same rule as the team
 * dashboard and /one-on-ones (cadenceStanding). A rep who expects none yet (too new) is not judged either way.
 */
export function repKeptCadence(rep: RepCadenceFact, cadence: Cadence, window: ScorecardWindow): boolean | null {
  const from = rep.onTeamFrom > window.from ? rep.onTeamFrom : window.from;
  const daysOnTeam = daysBetween(from, window.to) + 1;
  if (daysOnTeam <= 0) return null;
  const expected = Math.floor(daysOnTeam / CADENCE_INTERVAL_DAYS[cadence]);
  if (expected < 1) return null;
  const tolerance = Math.floor(expected * CADENCE_TOLERANCE_SHARE);
  if (nonNegative(rep.held) < expected - tolerance) return false;
  return rep.lastHeldOn === undefined || !cadenceStanding({ cadence, lastOneOnOneOn: rep.lastHeldOn, onTeamFrom: rep.onTeamFrom, asOf: window.to }).pastCadence;
}

export function cadenceKept(reps: readonly RepCadenceFact[], cadence: Cadence, window: ScorecardWindow): MetricReading {
  let judged = 0;
  let kept = 0;
  for (const rep of reps) {
    const verdict = repKeptCadence(rep, cadence, window);
    if (verdict === null) continue;
    judged++;
    if (verdict) kept++;
  }
  return shareReading(kept, judged, metricDefinition("cadence_kept").minSample);
}

/** Done by the due date, out of everything due that is settled or overdue. */
export function commitmentsOnTime(outcomes: CommitmentOutcomes, minSample: number): MetricReading {
  const due = nonNegative(outcomes.onTime) + nonNegative(outcomes.late) + nonNegative(outcomes.missed) + nonNegative(outcomes.overdue);
  return shareReading(outcomes.onTime, due, minSample);
}

/** A count is measured whenever the manager has a team to count it on. */
export function countReading(count: number, repCount: number): MetricReading {
  const value = nonNegative(count);
  return repCount > 0 ? { status: "measured", value, sample: value, minSample: 0 } : notEnough(0, 1);
}

/**
 * The relative change of a lever from before to after (0.1 = up 10 %), or null when either side
 * rests on fewer observations than the engine's minimum for that lever, or the before value is 0.
 */
export function leverChange(kind: LeverKind, before: LeverSample, after: LeverSample): number | null {
  const minimum = MIN_TRIALS[kind];
  if (nonNegative(before.denominator) < minimum || nonNegative(after.denominator) < minimum) return null;
  const from = cumulativeValue(kind, before.numerator, before.denominator);
  const to = cumulativeValue(kind, after.numerator, after.denominator);
  if (from === null || to === null || from <= 0) return null;
  const change = to / from - 1;
  return Number.isFinite(change) ? change : null;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

/**
 * Coached against uncoached: for each plan with enough sample, the coached rep's relative change
 * and the mean change of its comparable reps over the same dates (a matched control). The value is
 * the mean coached change minus the mean control change, over the plans measured; it is reported
 * from MIN_COACHED_PLANS plans and MIN_COMPARABLE_REPS distinct comparable reps.
 */
export function coachedRatioChange(plans: readonly CoachedPlanFact[]): MetricReading {
  const coachedChanges: number[] = [];
  const controlMeans: number[] = [];
  const comparableReps = new Set<string>();
  for (const plan of plans) {
    const coached = leverChange(plan.kind, plan.coached.before, plan.coached.after);
    if (coached === null) continue;
    const controls: number[] = [];
    const repIds: string[] = [];
    for (const comparable of plan.comparables) {
      const change = leverChange(plan.kind, comparable.before, comparable.after);
      if (change === null) continue;
      controls.push(change);
      repIds.push(comparable.repId);
    }
    const control = mean(controls);
    if (control === null) continue;
    coachedChanges.push(coached);
    controlMeans.push(control);
    for (const id of repIds) comparableReps.add(id);
  }
  const coachedMeanChange = mean(coachedChanges);
  const uncoachedMeanChange = mean(controlMeans);
  const comparison: CoachedComparison = { coachedPlans: coachedChanges.length, comparableReps: comparableReps.size, coachedMeanChange, uncoachedMeanChange };
  if (coachedChanges.length < MIN_COACHED_PLANS || comparableReps.size < MIN_COMPARABLE_REPS || coachedMeanChange === null || uncoachedMeanChange === null)
    return notEnough(coachedChanges.length, MIN_COACHED_PLANS, comparison);
  const value = coachedMeanChange - uncoachedMeanChange;
  return Number.isFinite(value)
    ? { status: "measured", value, sample: coachedChanges.length, minSample: MIN_COACHED_PLANS, comparison }
    : notEnough(coachedChanges.length, MIN_COACHED_PLANS, comparison);
}

/** Fisher–Yates with an injectable source of randomness in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const pick = Math.min(index, Math.floor(nonNegative(random()) * (index + 1)));
    const held = result[index] as T;
    result[index] = result[pick] as T;
    result[pick] = held;
  }
  return result;
}

/**
 * Rep feedback under the anonymity rule: below FEEDBACK_ANONYMITY_THRESHOLD responses nothing is
 * shown but how many are needed; from it, the average rating, the count, and the non-empty
 * comments in random order (they carry no name or date).
 */
export function summarizeFeedback(facts: FeedbackFacts, random: () => number = Math.random): FeedbackReading {
  const count = nonNegative(facts.count);
  if (count < FEEDBACK_ANONYMITY_THRESHOLD) return { status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD };
  const average = finite(facts.ratingSum) / count;
  const comments = facts.comments.map((comment) => comment.trim()).filter((comment) => comment.length > 0);
  return { status: "shown", average, count, comments: shuffle(comments, random) };
}

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function medianOf(readings: readonly MetricReading[]): MedianReading {
  const values = readings.flatMap((reading) => (reading.status === "measured" ? [reading.value] : []));
  return { value: median(values), managers: values.length };
}

/**
 * How far a value sits from the median manager's, relative: (value − median) / median for a share
 * or a count; for a change (already relative to each rep's baseline) the plain difference. Null
 * when there is no basis (a median of zero).
 */
export function relativeGap(unit: MetricUnit, value: number, medianValue: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(medianValue)) return null;
  if (unit === "change") return value - medianValue;
  if (medianValue <= 0) return null;
  return (value - medianValue) / medianValue;
}

/** How a scorecard value reads: 83 %, 4, +6 pts. */
export function formatMetricValue(unit: MetricUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (unit === "share") return `${Math.round(value * 100)} %`;
  if (unit === "count") return String(Math.round(value));
  const points = Math.round(value * 1000) / 10;
  return `${points > 0 ? "+" : points < 0 ? "−" : ""}${Math.abs(points)} pts`;
}
