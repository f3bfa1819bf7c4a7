// The scorecard's vocabulary: its metrics, thresholds, readings and the facts the server loads per
// manager and window (lib/server/scorecard). Rules: docs/decisions/0010-coaching-scorecard.md.
import { CADENCE_DAYS, type Cadence } from "@/lib/coaching/cadence";
import type { ExperimentVerdict } from "@/lib/coaching/experiments";
import type { LeverKind } from "@/lib/coaching/levers";

export type { Cadence } from "@/lib/coaching/cadence";

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
  "cadence_kept" | "team_commitments_on_time" | "own_commitments_on_time" | "focus_worked" | "plans_started" | "plans_achieved" | "coached_ratio_change";

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
