import type { LeverDataQuality } from "./data-quality";
import type { LeverKind } from "./levers";

/** One rep's (or a pooled group's) activity over a window. */
export interface ActivityTotals {
  stageCounts: Readonly<Record<string, number>>;
  /** Revenue won, minor units. */
  revenueMinor: number;
  /** Working days the activity spans (volume is per working day). */
  workingDays: number;
}

export type BenchmarkSource = "team" | "organization" | "team_top_quartile";

export interface ResolvedBenchmark {
  value: number;
  source: BenchmarkSource;
  /** For a top-quartile stand-in: how many reps it comes from. */
  sampleSize?: number;
}

export type LeverStatus = "below_benchmark" | "at_or_above_benchmark" | "insufficient_data" | "no_benchmark";
export type FocusReason = "focus" | "at_or_above_benchmark" | "insufficient_data" | "uncertain" | "data_quality";

/**
 * How the organization picks the focus: the gap with the most revenue at stake (the default), or
 * effort first — a confident volume gap is coached before any conversion ratio (Results → Effort →
 * Knowledge → Skills).
 */
export type FocusRule = "revenue_at_stake" | "effort_first";

export interface LeverResult {
  lever: string;
  kind: LeverKind;
  label: string;
  competency: { id: string; name: string } | null;
  /** The raw observed value; null when its denominator is zero. */
  actual: number | null;
  /** The shrunk estimate the lift uses. */
  estimate: number | null;
  benchmark: number | null;
  benchmarkSource: BenchmarkSource | null;
  /** The denominator: trials for a ratio, working days for volume, deals for deal size. */
  sampleSize: number;
  liftRevenueMinor: number;
  /** P(true value < benchmark). */
  confidence: number;
  /**
   * Whether that confidence reaches the organization's threshold, the one the focus needs: every
   * screen colours a gap as sure or unsure by this, never by a threshold of its own.
   */
  confident: boolean;
  priority: number;
  status: LeverStatus;
  /** Whether the logged data behind the lever is believable; a suspect lever is never the focus. */
  dataQuality: LeverDataQuality;
  warnings: string[];
}

export interface PriorityReport {
  levers: LeverResult[];
  focus: string | null;
  reason: FocusReason;
  reasonText: string;
  /** The organization's rule, and the one that chose the focus (null without a focus). */
  focusRule: FocusRule;
  chosenBy: FocusRule | null;
  dataQuality: { status: "ok" | "suspect"; suspectLevers: string[]; summary: string };
  modelRevenueMinor: number;
  actualRevenueMinor: number;
  warnings: string[];
}
