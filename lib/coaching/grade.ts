// Quota attainment and the A/B/C grade a manager sees beside each rep.
import { daysBetween } from "./days";

export type Grade = "A" | "B" | "C";

/** Attainment fractions: A at or above `a`, B at or above `b`, C below. */
export interface GradeThresholds {
  a: number;
  b: number;
}

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { a: 1, b: 0.7 };

/**
 * The share of a period's quota that falls inside a window: quota × overlapping days / period days,
 * calendar days, both ends inclusive. 0 for no overlap, a non-positive quota or unreadable dates.
 */
export function prorateQuota(args: { quotaMinor: number; periodStart: string; periodEnd: string; windowStart: string; windowEnd: string }): number {
  const periodDays = daysBetween(args.periodStart, args.periodEnd) + 1;
  if (!(periodDays > 0) || !(args.quotaMinor > 0) || !Number.isFinite(args.quotaMinor)) return 0;
  // YYYY-MM-DD strings order like the dates they name.
  const start = args.periodStart > args.windowStart ? args.periodStart : args.windowStart;
  const end = args.periodEnd < args.windowEnd ? args.periodEnd : args.windowEnd;
  const overlap = daysBetween(start, end) + 1;
  return overlap > 0 ? (args.quotaMinor * overlap) / periodDays : 0;
}

export function gradeFor(args: { revenueMinor: number; quotaMinor: number | null; thresholds?: GradeThresholds }): { grade: Grade | null; attainment: number | null; reason: "graded" | "no_quota" } {
  if (args.quotaMinor === null || !(args.quotaMinor > 0) || !Number.isFinite(args.quotaMinor)) return { grade: null, attainment: null, reason: "no_quota" };
  const thresholds = args.thresholds ?? DEFAULT_GRADE_THRESHOLDS;
  const revenue = args.revenueMinor > 0 && Number.isFinite(args.revenueMinor) ? args.revenueMinor : 0;
  const attainment = revenue / args.quotaMinor;
  const grade: Grade = attainment >= thresholds.a ? "A" : attainment >= thresholds.b ? "B" : "C";
  return { grade, attainment, reason: "graded" };
}
