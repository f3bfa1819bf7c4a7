import type { ActivityTotals } from "./types";
import { nonNegative } from "./raw-values";

/**
 * A group's totals as one pool: counts and revenue add up, and so do working days, so the pool's
 * volume is activity per rep per working day (c0 / Σ days), comparable with one rep's. Taking the
 * window's days instead would make a team of ten look ten times as busy as each of its reps.
 */
export function poolTotals(totals: readonly ActivityTotals[]): ActivityTotals {
  const stageCounts: Record<string, number> = {};
  let revenueMinor = 0;
  let workingDays = 0;
  for (const entry of totals) {
    for (const key in entry.stageCounts) {
      if (Object.hasOwn(entry.stageCounts, key)) stageCounts[key] = (stageCounts[key] ?? 0) + nonNegative(entry.stageCounts[key]);
    }
    revenueMinor += nonNegative(entry.revenueMinor);
    workingDays += nonNegative(entry.workingDays);
  }
  return { stageCounts, revenueMinor, workingDays };
}
