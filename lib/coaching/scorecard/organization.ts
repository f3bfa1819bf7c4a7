// The whole organization's scorecards: every manager's readings per window beside the median manager.
import type { Cadence } from "@/lib/coaching/cadence";
import { experimentRecord, type ExperimentRecord } from "@/lib/coaching/experiments";
import {
  FEEDBACK_ANONYMITY_THRESHOLD,
  type FeedbackReading,
  type LeaderCompetencyRef,
  type ManagerFacts,
  type ManagerWindowFacts,
  type MedianReading,
  metricDefinition,
  type MetricKey,
  type MetricReading,
  type MetricUnit,
  type PerceptionReading,
  readPerception,
  SCORECARD_METRICS,
  SCORECARD_TREND_WINDOWS,
  SCORECARD_WINDOW_DAYS,
  type ScorecardWindow,
} from "./definitions";
import { type DevelopmentPriority, developmentPriority } from "./development-priority";
import { cadenceKept, coachedRatioChange, commitmentsOnTime, countReading, median, medianOf, notEnough, shareReading, summarizeFeedback } from "./readings";

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

  const readings = input.managers.map(
    (manager) =>
      Object.fromEntries(
        SCORECARD_METRICS.map(({ key }) => [key, windows.map((window, index) => readMetric(key, factsOf(manager, index), manager.cadence, window))]),
      ) as Record<MetricKey, MetricReading[]>,
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
    const perceptionTrend = feedbackTrend.map(({ window, reading }, index) => ({
      window,
      reading: readPerception(factsOf(manager, index).selfRating, reading),
    }));
    const currentByKey = Object.fromEntries(metrics.map((metric) => [metric.key, { reading: metric.current, median: metric.median }]));
    return {
      managerId: manager.managerId,
      metrics,
      feedback: {
        current: feedbackTrend[last]?.reading ?? { status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD },
        median: feedbackTrend[last]?.median ?? noMedian,
        trend: feedbackTrend,
      },
      perception: {
        current: perceptionTrend[last]?.reading ?? readPerception(undefined, { status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD }),
        trend: perceptionTrend,
      },
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
