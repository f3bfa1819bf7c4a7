// Calibration: does a manager's competency score agree with the ratio the competency drives? Pure.
//
// A score of 4–5 is flagged while the rep's value is in the organization's bottom quartile and we
// are confident (≥ 0.8 by default) it is truly below the organization's median; a score of 1–2
// while the value is in the top quartile and we are as confident it is above the median. The
// confidence comes from the rep's own sample only (a weak, flat prior), so a handful of attempts
// never raises a flag.
import { percentile } from "./benchmarks";
import { formatRatio } from "./format";
import type { LeverKind } from "./levers";
import { clamp01, normalCdf, regularizedIncompleteBeta, regularizedLowerGamma } from "./stats";

/** One rep's observations behind a lever over a window. */
export interface LeverSample {
  kind: LeverKind;
  /** Successes (ratio), top-of-funnel count (volume) or revenue in minor units (deal size). */
  numerator: number;
  /** Attempts (ratio), working days (volume) or deals won (deal size). */
  denominator: number;
}

const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** The observed value (ratios capped at 1); null without a denominator. */
export function sampleValue(sample: LeverSample): number | null {
  const denominator = positive(sample.denominator);
  if (denominator === 0) return null;
  const value = positive(sample.numerator) / denominator;
  return sample.kind === "ratio" ? Math.min(1, value) : value;
}

/**
 * P(true value < threshold) from the sample alone: Beta(1 + s, 1 + n − s) for a ratio,
 * Gamma(½ + count, days) for a daily volume, and for deal size a log-normal mean whose log has a
 * standard error of 1/√deals (deal sizes vary with a coefficient of variation near 1, as the
 * engine assumes). Null without data.
 */
export function probabilityBelow(sample: LeverSample, threshold: number): number | null {
  const denominator = positive(sample.denominator);
  if (denominator === 0 || !Number.isFinite(threshold)) return null;
  const numerator = positive(sample.numerator);
  if (sample.kind === "ratio") {
    const successes = Math.min(numerator, denominator);
    return clamp01(regularizedIncompleteBeta(threshold, 1 + successes, 1 + denominator - successes));
  }
  if (sample.kind === "volume") return threshold <= 0 ? 0 : clamp01(regularizedLowerGamma(0.5 + numerator, denominator * threshold));
  const average = numerator / denominator;
  if (threshold <= 0) return 0;
  if (average <= 0) return 1;
  return clamp01(normalCdf(Math.log(threshold / average) * Math.sqrt(denominator)));
}

export type CalibrationDirection = "score_above_data" | "score_below_data";

export interface CalibrationFlag {
  direction: CalibrationDirection;
  score: number;
  value: number;
  sampleSize: number;
  /** The bottom-quartile bound (25th percentile) or the top-quartile bound (75th). */
  quartileBound: number;
  median: number;
  /** P(below the median) for a high score, P(above it) for a low one. */
  confidence: number;
  reasonText: string;
}

export interface CalibrationInput {
  /** The manager's latest score, 1–5; null = not observed (never flagged). */
  score: number | null;
  sample: LeverSample;
  /** Raw values of the organization's reps with enough data on this lever (the rep included). */
  peerValues: readonly number[];
  /** How the lever reads in a sentence, e.g. "Won / proposals". */
  label: string;
  currency: string;
  confidenceThreshold?: number;
  /** Quartiles need at least this many reps (default 4). */
  minPeers?: number;
}

export const DEFAULT_CALIBRATION_CONFIDENCE = 0.8;
export const MIN_CALIBRATION_PEERS = 4;

export function calibrationFlag(input: CalibrationInput): CalibrationFlag | null {
  const { score } = input;
  if (score === null || !Number.isInteger(score) || score < 1 || score > 5 || score === 3) return null;
  const peers = input.peerValues.filter((value) => Number.isFinite(value));
  if (peers.length < (input.minPeers ?? MIN_CALIBRATION_PEERS)) return null;
  const value = sampleValue(input.sample);
  const lower = percentile(peers, 0.25);
  const median = percentile(peers, 0.5);
  const upper = percentile(peers, 0.75);
  if (value === null || lower === null || median === null || upper === null) return null;
  const below = probabilityBelow(input.sample, median);
  if (below === null) return null;
  const threshold = input.confidenceThreshold ?? DEFAULT_CALIBRATION_CONFIDENCE;
  const format = (amount: number) => formatRatio(input.sample.kind, amount, { currency: input.currency });
  const sampleSize = positive(input.sample.denominator);
  const observed = `${input.label} is ${format(value)} (n = ${Math.round(sampleSize)})`;

  if (score >= 4 && value <= lower && below >= threshold) {
    return {
      direction: "score_above_data",
      score,
      value,
      sampleSize,
      quartileBound: lower,
      median,
      confidence: below,
      reasonText: `Scored ${score} of 5, but ${observed}: in the organization's bottom quartile (at or below ${format(lower)}), ${Math.round(below * 100)} % sure it is below the median of ${format(median)}.`,
    };
  }
  const above = 1 - below;
  if (score <= 2 && value >= upper && above >= threshold) {
    return {
      direction: "score_below_data",
      score,
      value,
      sampleSize,
      quartileBound: upper,
      median,
      confidence: above,
      reasonText: `Scored ${score} of 5, but ${observed}: in the organization's top quartile (at or above ${format(upper)}), ${Math.round(above * 100)} % sure it is above the median of ${format(median)}.`,
    };
  }
  return null;
}
