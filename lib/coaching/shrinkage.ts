// Empirical-Bayes estimates of each lever: a rep's own numbers pulled toward the prior (the team's
// pooled numbers for a rep, the organization's for a team) in proportion to how thin they are, so a
// rep who closed 1 of 9 is not assumed to close 11 %. Plain numbers in, no allocation beyond the result.
import { clamp01, normalCdf, regularizedIncompleteBeta, regularizedLowerGamma } from "./stats";

/** The posterior of a lever's true value, as plain parameters (no closures: this runs per rep). */
export type Posterior =
  | { family: "beta"; alpha: number; beta: number }
  | { family: "gamma"; shape: number; rate: number }
  | { family: "log_normal"; center: number; logSd: number }
  | { family: "none" };

export interface LeverEstimate {
  /** Raw observed value; null when the denominator is zero. */
  actual: number | null;
  /** Posterior mean (the shrunk estimate); null when neither subject nor prior has data. */
  estimate: number | null;
  /** The subject's own denominator. */
  sampleSize: number;
  posterior: Posterior;
  /** The data cannot be judged even though there is a denominator (e.g. wins without revenue). */
  unusable: boolean;
  warnings: string[];
}

const NONE: Posterior = { family: "none" };
// Denormal denominators (a count of 5e-324) can overflow a quotient: an infinite value is no value.
const finiteOrNull = (value: number): number | null => (value > -Number.MAX_VALUE && value < Number.MAX_VALUE ? value : null);
// A pooled rate of exactly 0 or 1 would give a degenerate Beta prior (α or β = 0).
const clampRate = (rate: number) => (rate < 0.001 ? 0.001 : rate > 0.999 ? 0.999 : rate);

/**
 * A stage-to-stage ratio: Beta(m·p + s, m·(1 − p) + n − s), p the prior's pooled rate, m the prior
 * strength; uniform Beta(1, 1) when the prior has no trials. A later stage larger than the earlier
 * one (logging lag) is clamped to it, with a "clamped" warning.
 */
export function estimateRatio(trials: number, successes: number, priorTrials: number, priorSuccesses: number, strength: number): LeverEstimate {
  const warnings: string[] = [];
  let s = successes;
  if (s > trials) {
    warnings.push("clamped");
    s = trials;
  }
  let alpha = 1;
  let beta = 1;
  if (priorTrials > 0) {
    const rate = clampRate(Math.min(priorSuccesses, priorTrials) / priorTrials);
    alpha = strength * rate;
    beta = strength * (1 - rate);
  }
  alpha += s;
  beta += trials - s;
  const estimate = finiteOrNull(alpha / (alpha + beta));
  return { actual: trials > 0 ? finiteOrNull(s / trials) : null, estimate, sampleSize: trials, posterior: estimate === null ? NONE : { family: "beta", alpha, beta }, unusable: false, warnings };
}

/**
 * Top-of-funnel count per working day: Gamma–Poisson. Prior Gamma(shape m·λp, rate m), λp the
 * prior's count per (rep-)day and m pseudo-days; Jeffreys' Gamma(½, 0) when the prior has no
 * activity. Posterior Gamma(shape + count, rate + days).
 */
export function estimateVolume(count: number, days: number, priorCount: number, priorDays: number, pseudoDays: number): LeverEstimate {
  const priorRate = priorDays > 0 ? priorCount / priorDays : 0;
  const informative = priorRate > 0;
  const shape = (informative ? pseudoDays * priorRate : 0.5) + count;
  const rate = (informative ? pseudoDays : 0) + days;
  const estimate = rate > 0 ? finiteOrNull(shape / rate) : null;
  return {
    actual: days > 0 ? finiteOrNull(count / days) : null,
    estimate,
    sampleSize: days,
    posterior: estimate === null ? NONE : { family: "gamma", shape, rate },
    unusable: false,
    warnings: [],
  };
}

/**
 * Average deal size: the subject's average shrunk toward the prior's with weight n / (n + k).
 * We only have totals, not single deals, so the spread is assumed: deal sizes with a coefficient of
 * variation near 1 (typical of B2B) give log(average) a standard error of about 1 / √(n + k).
 * Wins logged without any revenue are a data problem, not a small-deals problem: flagged, not judged.
 */
export function estimateDealSize(deals: number, revenueMinor: number, priorDeals: number, priorRevenueMinor: number, pseudoDeals: number): LeverEstimate {
  const average = deals > 0 ? finiteOrNull(revenueMinor / deals) : null;
  const priorAverage = priorDeals > 0 && priorRevenueMinor > 0 ? finiteOrNull(priorRevenueMinor / priorDeals) : null;
  if (deals > 0 && revenueMinor <= 0) {
    return { actual: 0, estimate: priorAverage, sampleSize: deals, posterior: NONE, unusable: true, warnings: ["no_revenue"] };
  }
  let estimate: number | null = null;
  if (average !== null && priorAverage !== null) estimate = finiteOrNull((deals * average + pseudoDeals * priorAverage) / (deals + pseudoDeals));
  else estimate = average ?? priorAverage;
  const posterior: Posterior = estimate !== null && estimate > 0 ? { family: "log_normal", center: estimate, logSd: 1 / Math.sqrt(deals + pseudoDeals) } : NONE;
  return { actual: average, estimate, sampleSize: deals, posterior, unusable: false, warnings: [] };
}

/** P(true value < benchmark) under the posterior; 0 when there is none. */
export function posteriorProbabilityBelow(posterior: Posterior, benchmark: number): number {
  if (!(benchmark > 0)) return 0;
  let probability: number;
  switch (posterior.family) {
    case "beta":
      probability = regularizedIncompleteBeta(benchmark, posterior.alpha, posterior.beta);
      break;
    case "gamma":
      probability = regularizedLowerGamma(posterior.shape, posterior.rate * benchmark);
      break;
    case "log_normal":
      probability = normalCdf(Math.log(benchmark / posterior.center) / posterior.logSd);
      break;
    case "none":
      return 0;
  }
  // Absurd inputs (infinite counts) give NaN from the special functions: read it as "no evidence".
  return Number.isNaN(probability) ? 0 : clamp01(probability);
}
