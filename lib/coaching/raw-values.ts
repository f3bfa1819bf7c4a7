import { sharedLevers, type FunnelStageDef, type LeverDef } from "./levers";
import type { ActivityTotals } from "./types";

/** A count as the engine reads it: missing, negative or non-finite counts are 0. */
export function countOf(totals: ActivityTotals, key: string | undefined): number {
  const value = key === undefined ? undefined : totals.stageCounts[key];
  return value !== undefined && value > 0 && value < Number.POSITIVE_INFINITY ? value : 0;
}

/** A non-negative finite number, else 0 (keeps bad input from turning into NaN downstream). */
export function nonNegative(value: number | undefined): number {
  return value !== undefined && value > 0 && value < Number.POSITIVE_INFINITY ? value : 0;
}

/** The denominator behind a lever's value: trials for a ratio, working days for volume, won deals for deal size. */
export function leverDenominator(stages: readonly FunnelStageDef[], lever: Readonly<LeverDef>, totals: ActivityTotals): number {
  if (lever.kind === "volume") return nonNegative(totals.workingDays);
  if (lever.kind === "deal_size") return countOf(totals, stages[stages.length - 1]?.key);
  return countOf(totals, lever.from);
}

/** The raw observed value of every lever (null where the denominator is zero); ratios clamped to 1. */
export function rawLeverValues(stages: readonly FunnelStageDef[], totals: ActivityTotals): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const lever of sharedLevers(stages)) {
    const denominator = leverDenominator(stages, lever, totals);
    if (denominator <= 0) values[lever.key] = null;
    else if (lever.kind === "volume") values[lever.key] = countOf(totals, stages[0]?.key) / denominator;
    else if (lever.kind === "deal_size") values[lever.key] = nonNegative(totals.revenueMinor) / denominator;
    else values[lever.key] = Math.min(1, countOf(totals, lever.to) / denominator);
  }
  return values;
}
