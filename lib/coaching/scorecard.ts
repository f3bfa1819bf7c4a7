// The coaching scorecard of a sales manager ("coach the coach"): whether coaching happens and
// whether it works, per manager and window, beside the organization's median manager. Pure: the
// server loads grouped facts (lib/server/scorecard) and this turns them into readings that say
// "not enough data" instead of guessing. The rules are in docs/decisions/0010-coaching-scorecard.md.
import { experimentRecord, type ExperimentRecord, type ExperimentVerdict } from "./experiments";
import { CADENCE_DAYS, cadenceStanding, type Cadence } from "./cadence";
import { daysBetween } from "./days";
import { MIN_TRIALS } from "./defaults";
import type { LeverKind } from "./levers";
import { cumulativeValue, expectedOnPath } from "./plan-status";

export type { Cadence } from "./cadence";

/** Days each cadence allows between two one-on-ones (the team dashboard's out-of-cadence flag: lib/coaching/cadence.ts). */
export const CADENCE_INTERVAL_DAYS: Record<Cadence, number> = CADENCE_DAYS;
/** One expected meeting in five (rounded down) may slip before a rep counts as off cadence. */
export const CADENCE_TOLERANCE_SHARE = 0.2;
/** Rep feedback is shown only from this many responses in the window, so no answer can be traced to a rep. */
export const FEEDBACK_ANONYMITY_THRESHOLD = 3;
/** The coached-vs-uncoached comparison needs this many measured plans and this many comparable reps. */
export const MIN_COACHED_PLANS = 3;
export const MIN_COMPARABLE_REPS = 3;
/** A measured competency becomes the priority only when it is at least this far (relative) below the median manager. */
export const PRIORITY_MIN_GAP = 0.1;
/** The scorecard's window and how many consecutive windows the trend shows (the last one is the current window). */
export const SCORECARD_WINDOW_DAYS = 90;
export const SCORECARD_TREND_WINDOWS = 4;

export type MetricKey =
  | "cadence_kept"
  | "team_commitments_on_time"
  | "own_commitments_on_time"
  | "focus_worked"
  | "plans_started"
  | "plans_achieved"
  | "coached_ratio_change";

/** share: 0–1; count: a number of plans; change: a difference of relative lever changes (0.05 = five points more improvement). */
export type MetricUnit = "share" | "count" | "change";

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  unit: MetricUnit;
  /** What the sample counts. */
  sampleNoun: string;
  /** Below this sample the reading is "not enough data". */
  minSample: number;
  description: string;
}

export const SCORECARD_METRICS: readonly MetricDefinition[] = [
  {
    key: "cadence_kept",
    label: "Reps coached on cadence",
    unit: "share",
    sampleNoun: "reps",
    minSample: 2,
    description: "Share of the team's reps whose completed one-on-ones in the window kept the manager's cadence.",
  },
  {
    key: "team_commitments_on_time",
    label: "Team commitments done on time",
    unit: "share",
    sampleNoun: "commitments due",
    minSample: 5,
    description: "Reps' own commitments due in the window: done by the due date, out of those done, missed or overdue.",
  },
  {
    key: "own_commitments_on_time",
    label: "Own commitments done on time",
    unit: "share",
    sampleNoun: "commitments due",
    minSample: 3,
    description: "The manager's own commitments from one-on-ones with their VP, due in the window, done by the due date.",
  },
  {
    key: "focus_worked",
    label: "One-on-ones that worked a focus",
    unit: "share",
    sampleNoun: "one-on-ones",
    minSample: 5,
    description: "Share of the manager's completed one-on-ones with reps that worked a focus competency.",
  },
  {
    key: "plans_started",
    label: "Development plans started",
    unit: "count",
    sampleNoun: "plans",
    minSample: 0,
    description: "Development plans the manager started for reps in the window.",
  },
  {
    key: "plans_achieved",
    label: "Development plans achieved",
    unit: "count",
    sampleNoun: "plans",
    minSample: 0,
    description: "The manager's development plans that reached their target in the window.",
  },
  {
    key: "coached_ratio_change",
    label: "Coached reps' ratio change vs uncoached",
    unit: "change",
    sampleNoun: "coached plans",
    minSample: MIN_COACHED_PLANS,
    description:
      "How much more the plan's lever moved for the manager's coached reps than for comparable reps of the organization without a plan on that lever, over the same dates.",
  },
];

const DEFINITION = new Map(SCORECARD_METRICS.map((definition) => [definition.key, definition]));
export function metricDefinition(key: MetricKey): MetricDefinition {
  const definition = DEFINITION.get(key);
  if (!definition) throw new Error(`unknown scorecard metric ${key}`);
  return definition;
}

/** The scorecard metric that measures each leader competency (Competency.metricKey); the others are judgement-only. */
export const LEADER_COMPETENCY_METRIC: Readonly<Record<string, MetricKey>> = {
  coaching_cadence: "cadence_kept",
  commitment_completion: "team_commitments_on_time",
  plans_improvement: "coached_ratio_change",
};

export interface CoachedComparison {
  coachedPlans: number;
  comparableReps: number;
  coachedMeanChange: number | null;
  uncoachedMeanChange: number | null;
}

export type MetricReading =
  | { status: "measured"; value: number; sample: number; minSample: number; comparison?: CoachedComparison }
  | { status: "not_enough_data"; value: null; sample: number; minSample: number; comparison?: CoachedComparison };

export type FeedbackReading =
  | { status: "shown"; average: number; count: number; comments: string[] }
  // Nothing else: not the count, not the average, no comment.
  | { status: "below_threshold"; needed: number };

export interface MedianReading {
  value: number | null;
  /** How many managers' measured readings it is the median of. */
  managers: number;
}

export interface ScorecardWindow {
  from: string;
  to: string;
}

// ---- Facts the server loads, per manager and window --------------------------------------------

export interface RepCadenceFact {
  /** The day the rep joined the manager's team. */
  onTeamFrom: string;
  /** Completed one-on-ones with the manager in the window. */
  held: number;
  /**
   * Day of the rep's last completed one-on-one up to the window's end (null: never). The server
   * always loads it; without it only the count is judged.
   */
  lastHeldOn?: string | null;
}

/** Commitments due in the window, by how they ended; carried-over and not-yet-due ones are left out. */
export interface CommitmentOutcomes {
  onTime: number;
  late: number;
  missed: number;
  /** Still open after the due date. */
  overdue: number;
}

export interface LeverSample {
  numerator: number;
  denominator: number;
}

/** One development plan, measured before and after its start, and the organization's comparable reps over the same dates. */
export interface CoachedPlanFact {
  kind: LeverKind;
  coached: { before: LeverSample; after: LeverSample };
  comparables: readonly { repId: string; before: LeverSample; after: LeverSample }[];
}

export interface FeedbackFacts {
  count: number;
  ratingSum: number;
  /** Free-text answers (only loaded where someone may read them). */
  comments: readonly string[];
}

/** The coach's own ratings of their completed rep meetings ("how useful was this for the rep?"). */
export interface SelfRatingFacts {
  count: number;
  ratingSum: number;
}

/**
 * Paired perception: the manager's own average beside the reps' anonymous one (only from
 * FEEDBACK_ANONYMITY_THRESHOLD answers, as the feedback reading) and the gap (self − reps).
 */
export interface PerceptionReading {
  self: { average: number; count: number } | null;
  reps: { average: number; count: number } | null;
  /** Self minus reps, in rating points; null unless both are known. */
  gap: number | null;
}

export function readPerception(self: SelfRatingFacts | undefined, reps: FeedbackReading): PerceptionReading {
  const own = self && self.count > 0 ? { average: self.ratingSum / self.count, count: self.count } : null;
  const theirs = reps.status === "shown" ? { average: reps.average, count: reps.count } : null;
  return { self: own, reps: theirs, gap: own && theirs ? own.average - theirs.average : null };
}

export interface ManagerWindowFacts {
  reps: readonly RepCadenceFact[];
  teamCommitments: CommitmentOutcomes;
  ownCommitments: CommitmentOutcomes;
  completedOneOnOnes: number;
  withFocus: number;
  plansStarted: number;
  plansAchieved: number;
  coachedPlans: readonly CoachedPlanFact[];
  feedback: FeedbackFacts;
  /** Absent where the loader does not read self-ratings: no self-rating. */
  selfRating?: SelfRatingFacts;
}

export interface ManagerFacts {
  managerId: string;
  cadence: Cadence;
  /** The manager's pre-registered experiments, whole history (decision 0035); absent: none. */
  experiments?: readonly Pick<ExperimentVerdict, "status" | "comparison">[];
  /** One per scorecard window, in the same order (oldest first). */
  windows: readonly ManagerWindowFacts[];
}

export interface LeaderCompetencyRef {
  id: string;
  name: string;
  metricKey: string | null;
}

// ---- Readings -----------------------------------------------------------------------------------

const finite = (value: number) => (Number.isFinite(value) ? value : 0);
const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

function notEnough(sample: number, minSample: number, comparison?: CoachedComparison): MetricReading {
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
  return Number.isFinite(value) ? { status: "measured", value, sample: coachedChanges.length, minSample: MIN_COACHED_PLANS, comparison } : notEnough(coachedChanges.length, MIN_COACHED_PLANS, comparison);
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

function medianOf(readings: readonly MetricReading[]): MedianReading {
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

// ---- Development priority -----------------------------------------------------------------------

export type DevelopmentPriority =
  | {
      status: "priority";
      competency: { id: string; name: string };
      metric: MetricKey;
      value: number;
      median: number;
      sample: number;
      gap: number;
      reasonText: string;
    }
  | { status: "no_clear_priority"; reason: "no_measured_competency" | "not_enough_data" | "at_or_above_median"; reasonText: string };

/**
 * The manager's development priority: the measured leader competency whose metric sits furthest
 * below the median manager (relative), if it is at least PRIORITY_MIN_GAP below; otherwise "no
 * clear priority" with the reason. Ties go to the competency listed first.
 */
export function developmentPriority(
  competencies: readonly LeaderCompetencyRef[],
  current: Partial<Record<MetricKey, { reading: MetricReading; median: MedianReading }>>,
): DevelopmentPriority {
  const measurable = competencies.flatMap((competency) => {
    const metric = competency.metricKey ? LEADER_COMPETENCY_METRIC[competency.metricKey] : undefined;
    return metric ? [{ competency, metric }] : [];
  });
  if (measurable.length === 0)
    return { status: "no_clear_priority", reason: "no_measured_competency", reasonText: "No leader competency is measured by the scorecard: each is judgement-only." };
  let best: Extract<DevelopmentPriority, { status: "priority" }> | null = null;
  let compared = 0;
  for (const { competency, metric } of measurable) {
    const entry = current[metric];
    if (!entry || entry.reading.status !== "measured" || entry.median.value === null) continue;
    const gap = relativeGap(metricDefinition(metric).unit, entry.reading.value, entry.median.value);
    if (gap === null) continue;
    compared++;
    if (gap <= -PRIORITY_MIN_GAP && (!best || gap < best.gap)) {
      const definition = metricDefinition(metric);
      const below = definition.unit === "change" ? formatMetricValue("change", -gap).replace(/^\+/, "") : `${Math.round(-gap * 100)} %`;
      best = {
        status: "priority",
        competency: { id: competency.id, name: competency.name },
        metric,
        value: entry.reading.value,
        median: entry.median.value,
        sample: entry.reading.sample,
        gap,
        reasonText: `${definition.label}: ${formatMetricValue(definition.unit, entry.reading.value)} against ${formatMetricValue(definition.unit, entry.median.value)} for the median manager (${below} below, over ${entry.reading.sample} ${definition.sampleNoun}).`,
      };
    }
  }
  if (best) return best;
  if (compared === 0)
    return {
      status: "no_clear_priority",
      reason: "not_enough_data",
      reasonText: "Not enough data yet: no measured leader competency has enough sample in this window to compare with the median manager.",
    };
  return {
    status: "no_clear_priority",
    reason: "at_or_above_median",
    reasonText: `Every measured leader competency is within ${Math.round(PRIORITY_MIN_GAP * 100)} % of the median manager or above it.`,
  };
}

// ---- Leader plan progress -----------------------------------------------------------------------

export type LeaderPlanStatus = "achieved" | "on_track" | "behind" | "insufficient_data";

/**
 * A leader plan is measured by its metric over the trailing window (which, at the 90-day target
 * date, covers exactly the plan's time): achieved at or above the target, on track at or above the
 * straight path from baseline to target, behind below it; not enough data while the metric is not
 * measured.
 */
export function leaderPlanProgress(
  plan: { unit: MetricUnit; baseline: number | null; target: number | null; startedOn: string; targetDate: string },
  reading: MetricReading,
  asOf: string,
): { status: LeaderPlanStatus; value: number | null; expected: number | null; reasonText: string } {
  const format = (value: number | null) => formatMetricValue(plan.unit, value);
  const target = plan.target !== null && Number.isFinite(plan.target) ? plan.target : null;
  const expected = expectedOnPath({ baseline: plan.baseline, target, startedOn: plan.startedOn, targetDate: plan.targetDate }, asOf);
  if (target === null) return { status: "insufficient_data", value: reading.value, expected: null, reasonText: "No target to measure against." };
  if (reading.status !== "measured")
    return {
      status: "insufficient_data",
      value: null,
      expected,
      reasonText: `Not enough data yet: ${reading.sample} in the window, ${reading.minSample} needed to measure.`,
    };
  if (reading.value >= target) return { status: "achieved", value: reading.value, expected, reasonText: `Achieved: ${format(reading.value)}, at or above the ${format(target)} target.` };
  if (expected !== null && reading.value >= expected)
    return { status: "on_track", value: reading.value, expected, reasonText: `On track: ${format(reading.value)}; the path to ${format(target)} expects ${format(expected)} by now.` };
  return {
    status: "behind",
    value: reading.value,
    expected,
    reasonText: asOf > plan.targetDate ? `Behind: the target date has passed at ${format(reading.value)}, short of ${format(target)}.` : `Behind: ${format(reading.value)}; the path to ${format(target)} expects ${format(expected)} by now.`,
  };
}

// ---- The whole organization ---------------------------------------------------------------------

export interface ScorecardMetric {
  key: MetricKey;
  label: string;
  unit: MetricUnit;
  sampleNoun: string;
  description: string;
  current: MetricReading;
  median: MedianReading;
  /** Oldest window first; the last entry is the current window. */
  trend: { window: ScorecardWindow; reading: MetricReading; median: MedianReading }[];
}

export interface ManagerScorecard {
  managerId: string;
  metrics: ScorecardMetric[];
  feedback: {
    current: FeedbackReading;
    median: MedianReading;
    trend: { window: ScorecardWindow; reading: FeedbackReading; median: MedianReading }[];
  };
  perception: { current: PerceptionReading; trend: { window: ScorecardWindow; reading: PerceptionReading }[] };
  /** Experiments run, the share that met their expectation, the average effect against comparable reps. */
  experiments: ExperimentRecord;
  priority: DevelopmentPriority;
}

export interface OrganizationScorecards {
  windows: ScorecardWindow[];
  managers: ManagerScorecard[];
  medians: { metrics: Record<MetricKey, MedianReading[]>; feedback: MedianReading[] };
}

export function readMetric(key: MetricKey, facts: ManagerWindowFacts, cadence: Cadence, window: ScorecardWindow): MetricReading {
  switch (key) {
    case "cadence_kept":
      return cadenceKept(facts.reps, cadence, window);
    case "team_commitments_on_time":
      return commitmentsOnTime(facts.teamCommitments, metricDefinition(key).minSample);
    case "own_commitments_on_time":
      return commitmentsOnTime(facts.ownCommitments, metricDefinition(key).minSample);
    case "focus_worked":
      return shareReading(facts.withFocus, facts.completedOneOnOnes, metricDefinition(key).minSample);
    case "plans_started":
      return countReading(facts.plansStarted, facts.reps.length);
    case "plans_achieved":
      return countReading(facts.plansAchieved, facts.reps.length);
    case "coached_ratio_change":
      return coachedRatioChange(facts.coachedPlans);
  }
}

/** A window in which a manager had nothing to measure (no reps, meetings, commitments or plans). */
export const NO_WINDOW_FACTS: ManagerWindowFacts = Object.freeze({
  reps: [],
  teamCommitments: { onTime: 0, late: 0, missed: 0, overdue: 0 },
  ownCommitments: { onTime: 0, late: 0, missed: 0, overdue: 0 },
  completedOneOnOnes: 0,
  withFocus: 0,
  plansStarted: 0,
  plansAchieved: 0,
  coachedPlans: [],
  feedback: { count: 0, ratingSum: 0, comments: [] },
  selfRating: { count: 0, ratingSum: 0 },
});

/**
 * Every manager's scorecard over the windows (oldest first; the last is the current one), with
 * the median manager of each metric and window, and each manager's development priority. Comments
 * come back shuffled by `random`, and only for the current window.
 */
export function computeScorecards(
  input: { windows: readonly ScorecardWindow[]; managers: readonly ManagerFacts[]; leaderCompetencies: readonly LeaderCompetencyRef[] },
  options: { random?: () => number } = {},
): OrganizationScorecards {
  const random = options.random ?? Math.random;
  const windows = [...input.windows];
  const last = windows.length - 1;
  const factsOf = (manager: ManagerFacts, index: number) => manager.windows[index] ?? NO_WINDOW_FACTS;

  const readings = input.managers.map((manager) =>
    Object.fromEntries(SCORECARD_METRICS.map(({ key }) => [key, windows.map((window, index) => readMetric(key, factsOf(manager, index), manager.cadence, window))])) as Record<
      MetricKey,
      MetricReading[]
    >,
  );
  const feedback = input.managers.map((manager) =>
    windows.map((_, index) => {
      const { feedback: responses } = factsOf(manager, index);
      return summarizeFeedback(index === last ? responses : { ...responses, comments: [] }, random);
    }),
  );
  const metricMedians = Object.fromEntries(
    SCORECARD_METRICS.map(({ key }) => [key, windows.map((_, index) => medianOf(readings.map((byKey) => byKey[key][index] as MetricReading)))]),
  ) as Record<MetricKey, MedianReading[]>;
  const feedbackMedians = windows.map((_, index) => {
    const averages = feedback.flatMap((byWindow) => {
      const reading = byWindow[index];
      return reading?.status === "shown" ? [reading.average] : [];
    });
    return { value: median(averages), managers: averages.length };
  });
  const noMedian: MedianReading = { value: null, managers: 0 };

  const managers = input.managers.map((manager, managerIndex): ManagerScorecard => {
    const byKey = readings[managerIndex] as Record<MetricKey, MetricReading[]>;
    const metrics = SCORECARD_METRICS.map((definition): ScorecardMetric => {
      const trend = windows.map((window, index) => ({
        window,
        reading: byKey[definition.key][index] as MetricReading,
        median: metricMedians[definition.key][index] ?? noMedian,
      }));
      const current = trend[last];
      return {
        key: definition.key,
        label: definition.label,
        unit: definition.unit,
        sampleNoun: definition.sampleNoun,
        description: definition.description,
        current: current?.reading ?? notEnough(0, definition.minSample),
        median: current?.median ?? noMedian,
        trend,
      };
    });
    const feedbackTrend = windows.map((window, index) => ({
      window,
      reading: feedback[managerIndex]?.[index] ?? { status: "below_threshold" as const, needed: FEEDBACK_ANONYMITY_THRESHOLD },
      median: feedbackMedians[index] ?? noMedian,
    }));
    const perceptionTrend = feedbackTrend.map(({ window, reading }, index) => ({ window, reading: readPerception(factsOf(manager, index).selfRating, reading) }));
    const currentByKey = Object.fromEntries(metrics.map((metric) => [metric.key, { reading: metric.current, median: metric.median }]));
    return {
      managerId: manager.managerId,
      metrics,
      feedback: {
        current: feedbackTrend[last]?.reading ?? { status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD },
        median: feedbackTrend[last]?.median ?? noMedian,
        trend: feedbackTrend,
      },
      perception: { current: perceptionTrend[last]?.reading ?? readPerception(undefined, { status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD }), trend: perceptionTrend },
      experiments: experimentRecord(manager.experiments ?? []),
      priority: developmentPriority(input.leaderCompetencies, currentByKey),
    };
  });
  return { windows, managers, medians: { metrics: metricMedians, feedback: feedbackMedians } };
}

/** The scorecard's consecutive windows ending on `asOf`, oldest first. */
export function scorecardWindows(asOf: string, count = SCORECARD_TREND_WINDOWS, days = SCORECARD_WINDOW_DAYS): ScorecardWindow[] {
  const windows: ScorecardWindow[] = [];
  const base = Date.parse(`${asOf}T00:00:00Z`);
  const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  for (let index = count - 1; index >= 0; index--) windows.push({ from: day(-(index + 1) * days + 1), to: day(-index * days) });
  return windows;
}
