// A lever's value for people: "14 %" (ratio), "48/day" (volume), "$24.5K" (deal size).
import { formatMoneyCompact } from "./money";

export type LeverKind = "volume" | "ratio" | "deal_size";
export type LeverStatusKey = "below_benchmark" | "at_or_above_benchmark" | "insufficient_data" | "no_benchmark";

const MAX_EXTRA_DIGITS = 2;

function leverText(kind: LeverKind, value: number, currency: string, extraDigits: number): string {
  if (kind === "ratio") {
    // One decimal, dropped when it is zero: "14 %", "16.3 %".
    const percent = value * 100;
    return extraDigits === 0 ? `${Math.round(percent * 10) / 10} %` : `${percent.toFixed(1 + extraDigits)} %`;
  }
  if (kind === "volume") return `${value.toFixed((Math.abs(value) < 10 ? 1 : 0) + extraDigits)}/day`;
  return formatMoneyCompact(value, currency, { significantDigits: 3 + extraDigits });
}

/** A lever's value; "—" when there is none. Deal size is money in minor units of `currency`. */
export function formatLeverValue(kind: LeverKind, value: number | null | undefined, currency = "USD"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return leverText(kind, value, currency, 0);
}

/**
 * A value beside its benchmark, with as much precision as it takes for a gap to show ("49.6/day vs
 * 50/day" rather than "50/day vs 50/day"). When even that shows no difference, `displayedStatus`
 * says the value is at the benchmark, so a badge never reads "below" between two equal figures.
 */
export function formatLeverComparison(
  kind: LeverKind,
  value: number | null | undefined,
  benchmark: number | null | undefined,
  status: LeverStatusKey,
  currency = "USD",
): { value: string; benchmark: string; displayedStatus: LeverStatusKey | "at_benchmark" } {
  if (value === null || value === undefined || benchmark === null || benchmark === undefined || !Number.isFinite(value) || !Number.isFinite(benchmark)) {
    return { value: formatLeverValue(kind, value, currency), benchmark: formatLeverValue(kind, benchmark, currency), displayedStatus: status };
  }
  const valueText = leverText(kind, value, currency, 0);
  const benchmarkText = leverText(kind, benchmark, currency, 0);
  if (valueText !== benchmarkText) return { value: valueText, benchmark: benchmarkText, displayedStatus: status };
  if (value !== benchmark) {
    for (let extra = 1; extra <= MAX_EXTRA_DIGITS; extra++) {
      const preciseValue = leverText(kind, value, currency, extra);
      const preciseBenchmark = leverText(kind, benchmark, currency, extra);
      if (preciseValue !== preciseBenchmark) return { value: preciseValue, benchmark: preciseBenchmark, displayedStatus: status };
    }
  }
  return { value: valueText, benchmark: benchmarkText, displayedStatus: status === "below_benchmark" ? "at_benchmark" : status };
}

/** A signed change in a lever's units: "+1.8 pts", "−3.0 a day", "+$2.4K"; "no data" without one. */
export function formatLeverChange(kind: LeverKind, change: number | null | undefined, currency = "USD"): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return "no data";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const size = Math.abs(change);
  if (kind === "ratio") return `${sign}${(size * 100).toFixed(1)} pts`;
  if (kind === "volume") return `${sign}${size.toFixed(1)} a day`;
  return `${sign}${formatMoneyCompact(size, currency, { significantDigits: 3 })}`;
}
