// The coaching-priority engine (PRODUCT.md, "The coaching-priority engine"):
//   revenue = c0 · r0 · r1 · … · r(n−1) · d,
// so bringing lever k alone from x_k to its benchmark b_k adds revenue · (b_k / x_k − 1). x_k is the
// shrunk estimate (shrinkage.ts), the revenue is the model's at those estimates, and the priority
// is that lift × P(true value < b_k). Pure: no I/O, no NaN or Infinity out, whatever comes in.
import { DEAL_PRIOR_DEALS, DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_PRIOR_STRENGTH, VOLUME_PRIOR_DAYS } from "./defaults";
import { CLEAN, checkDataQuality, summarizeDataQuality, type DailyLog, type DailyStageCounts } from "./data-quality";
import { chooseFocus } from "./focus";
import { sharedLevers, type FunnelStageDef, type LeverDef } from "./levers";
import { countOf, nonNegative } from "./raw-values";
import { estimateDealSize, estimateRatio, estimateVolume, posteriorProbabilityBelow, type LeverEstimate } from "./shrinkage";
import type { ActivityTotals, FocusRule, LeverResult, PriorityReport, ResolvedBenchmark } from "./types";

export { DEAL_PRIOR_DEALS, DEFAULT_PRIOR_STRENGTH, MIN_TRIALS } from "./defaults";
export { poolTotals } from "./pool-totals";
export { rawLeverValues } from "./raw-values";

export interface PriorityInput {
  stages: readonly FunnelStageDef[];
  /** One rep, or a team's pooled totals. */
  subject: ActivityTotals;
  /** What the subject is shrunk toward: the team's pooled totals for a rep, the organization's for a team. */
  prior: ActivityTotals;
  /** By lever key, already resolved (team → organization → top quartile). */
  benchmarks: Readonly<Partial<Record<string, ResolvedBenchmark | null>>>;
  competencies?: Readonly<Partial<Record<string, { id: string; name: string }>>>;
  /** A focus needs at least this confidence (default 0.8). */
  confidenceThreshold?: number;
  /** Pseudo-observations of the Beta prior on each ratio (default 20). */
  priorStrength?: number;
  /** Pseudo working days of the Gamma prior on volume (default 10). */
  volumePriorDays?: number;
  /** Pseudo won deals of the prior on deal size (default 5). */
  dealPriorDeals?: number;
  /** The subject's day-by-day log over `window`, for the data checks (absent: no checks, every lever "ok"). */
  daily?: { counts: DailyStageCounts | DailyLog; window: { from: string; to: string } };
  /** How the focus is picked (default: revenue at stake). */
  focusRule?: FocusRule;
}

/** A usable tuning option, else the default (a bad setting must not turn into NaN). */
const positiveOr = (value: number | undefined, fallback: number) => (value !== undefined && value > 0 && value < Number.POSITIVE_INFINITY ? value : fallback);
const finiteOrZero = (value: number) => (value > -Number.MAX_VALUE && value < Number.MAX_VALUE ? value : 0);

function estimateLever(lever: Readonly<LeverDef>, input: PriorityInput, stages: readonly FunnelStageDef[], strength: number): LeverEstimate {
  const { subject, prior } = input;
  if (lever.kind === "ratio") return estimateRatio(countOf(subject, lever.from), countOf(subject, lever.to), countOf(prior, lever.from), countOf(prior, lever.to), strength);
  if (lever.kind === "volume") {
    const top = stages[0]?.key;
    return estimateVolume(countOf(subject, top), nonNegative(subject.workingDays), countOf(prior, top), nonNegative(prior.workingDays), positiveOr(input.volumePriorDays, VOLUME_PRIOR_DAYS));
  }
  const won = stages[stages.length - 1]?.key;
  return estimateDealSize(countOf(subject, won), nonNegative(subject.revenueMinor), countOf(prior, won), nonNegative(prior.revenueMinor), positiveOr(input.dealPriorDeals, DEAL_PRIOR_DEALS));
}

export function computePriorities(input: PriorityInput): PriorityReport {
  const stages = input.stages;
  const levers = sharedLevers(stages);
  const threshold = input.confidenceThreshold !== undefined && input.confidenceThreshold >= 0 && input.confidenceThreshold <= 1 ? input.confidenceThreshold : DEFAULT_CONFIDENCE_THRESHOLD;
  const strength = positiveOr(input.priorStrength, DEFAULT_PRIOR_STRENGTH);
  const workingDays = nonNegative(input.subject.workingDays);

  // The model's revenue at the shrunk estimates: days × volume per day × Π ratios × deal size.
  const estimates: LeverEstimate[] = [];
  let modelRevenue = levers.length > 0 ? workingDays : 0;
  for (const lever of levers) {
    const estimate = estimateLever(lever, input, stages, strength);
    estimates.push(estimate);
    modelRevenue *= estimate.estimate ?? 0;
  }
  modelRevenue = finiteOrZero(modelRevenue);

  const quality = input.daily ? checkDataQuality({ stages, daily: input.daily.counts, window: input.daily.window }) : {};
  const results: LeverResult[] = [];
  const warnings: string[] = [];
  for (let index = 0; index < levers.length; index++) {
    const lever = levers[index];
    const estimate = estimates[index];
    if (!lever || !estimate) continue;
    const result = leverResult(lever, estimate, input, modelRevenue);
    result.dataQuality = quality[lever.key] ?? CLEAN;
    result.confident = result.confidence >= threshold;
    for (const warning of result.warnings) warnings.push(`${lever.key}: ${warning}`);
    results.push(result);
  }

  const focusRule = input.focusRule ?? "revenue_at_stake";
  const choice = chooseFocus(results, workingDays, threshold, focusRule);
  return {
    levers: results,
    focus: choice.focus,
    reason: choice.reason,
    reasonText: choice.reasonText,
    focusRule,
    chosenBy: choice.chosenBy,
    dataQuality: summarizeDataQuality(results),
    modelRevenueMinor: modelRevenue, actualRevenueMinor: nonNegative(input.subject.revenueMinor), warnings };
}

function leverResult(lever: Readonly<LeverDef>, estimate: LeverEstimate, input: PriorityInput, modelRevenue: number): LeverResult {
  const resolved = input.benchmarks[lever.key] ?? null;
  const benchmark = resolved !== null && resolved.value > 0 && resolved.value < Number.POSITIVE_INFINITY ? resolved.value : null;
  const result: LeverResult = {
    lever: lever.key,
    kind: lever.kind,
    label: lever.label,
    competency: input.competencies?.[lever.key] ?? null,
    actual: estimate.actual,
    estimate: estimate.estimate,
    benchmark,
    benchmarkSource: benchmark === null ? null : (resolved?.source ?? null),
    sampleSize: estimate.sampleSize,
    liftRevenueMinor: 0,
    confidence: 0,
    confident: false,
    priority: 0,
    status: "no_benchmark",
    dataQuality: CLEAN,
    warnings: estimate.warnings,
  };
  if (benchmark === null) return result;
  const x = estimate.estimate;
  // No observed value of the subject's own (a zero denominator, or one too small to divide by): no judgement.
  if (estimate.unusable || estimate.actual === null || estimate.sampleSize <= 0 || x === null || !(x > 0)) {
    result.status = "insufficient_data";
    return result;
  }
  result.confidence = posteriorProbabilityBelow(estimate.posterior, benchmark);
  // A gap needs the raw value below the benchmark too: shrinking toward a weaker team must not
  // call a rep who is at or above the benchmark "below" it.
  if (x >= benchmark || (estimate.actual !== null && estimate.actual >= benchmark)) {
    result.status = "at_or_above_benchmark";
    return result;
  }
  result.status = "below_benchmark";
  result.liftRevenueMinor = finiteOrZero(modelRevenue * (benchmark / x - 1));
  result.priority = finiteOrZero(result.liftRevenueMinor * result.confidence);
  return result;
}
