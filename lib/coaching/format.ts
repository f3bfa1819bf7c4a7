// Plain words for the engine's numbers; every figure in them comes from the one presentation
// layer (lib/format), so a sentence and the table beside it show the same text.
import { formatConfidence, formatLeverValue, formatMoneyCompact } from "@/lib/format";
import type { LeverKind } from "./levers";
import type { LeverResult } from "./types";

/** A lever's value inside a sentence: the one lever formatter (lib/format), "no data" for none. */
export function formatRatio(kind: LeverKind, value: number | null, options?: { currency?: string }): string {
  if (value === null || !Number.isFinite(value)) return "no data";
  return formatLeverValue(kind, value, options?.currency ?? "USD");
}

/**
 * Plain words for one lever, e.g. "Won / proposals at 14 % against a 25 % benchmark; at benchmark
 * that is about $86K more revenue over the last 90 days; 93 % sure this is a real gap, not noise."
 */
export function explainLever(lever: LeverResult, options: { currency: string; windowLabel: string }): string {
  const actual = formatRatio(lever.kind, lever.actual, options);
  const benchmark = formatRatio(lever.kind, lever.benchmark, options);
  switch (lever.status) {
    case "no_benchmark":
      return `${lever.label}: ${actual}; no benchmark is set for it.`;
    case "insufficient_data":
      return lever.warnings.includes("no_revenue")
        ? `${lever.label}: deals were won in ${options.windowLabel} but no revenue was recorded for them.`
        : `${lever.label}: not enough data in ${options.windowLabel} to judge.`;
    case "at_or_above_benchmark":
      return `${lever.label}: ${actual} against a ${benchmark} benchmark — at or above it.`;
    case "below_benchmark": {
      const lift = formatMoneyCompact(lever.liftRevenueMinor, options.currency);
      return `${lever.label} at ${actual} against a ${benchmark} benchmark; at benchmark that is about ${lift} more revenue over ${options.windowLabel}; ${formatConfidence(lever.confidence)} sure this is a real gap, not noise.`;
    }
  }
}
