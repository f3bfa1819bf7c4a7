// A leader development plan's progress, measured like a rep's plan.
import { expectedOnPath } from "@/lib/coaching/plan-status";
import type { MetricReading, MetricUnit } from "./definitions";
import { formatMetricValue } from "./readings";

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
  if (reading.value >= target)
    return { status: "achieved", value: reading.value, expected, reasonText: `Achieved: ${format(reading.value)}, at or above the ${format(target)} target.` };
  if (expected !== null && reading.value >= expected)
    return {
      status: "on_track",
      value: reading.value,
      expected,
      reasonText: `On track: ${format(reading.value)}; the path to ${format(target)} expects ${format(expected)} by now.`,
    };
  return {
    status: "behind",
    value: reading.value,
    expected,
    reasonText:
      asOf > plan.targetDate
        ? `Behind: the target date has passed at ${format(reading.value)}, short of ${format(target)}.`
        : `Behind: ${format(reading.value)}; the path to ${format(target)} expects ${format(expected)} by now.`,
  };
}
