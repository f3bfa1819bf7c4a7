// Plain words and display values for the engine's numbers. Money arrives in minor units (cents).
import type { LeverKind } from "./levers";
import type { LeverResult } from "./types";

const DEFAULT_LOCALE = "en-US";

// Building an Intl.NumberFormat costs far more than using one: keep one per locale and currency.
const moneyFormats = new Map<string, { format: Intl.NumberFormat; minorDigits: number }>();

function moneyFormat(currency: string, locale: string, significantDigits: number): { format: Intl.NumberFormat; minorDigits: number } {
  const cacheKey = `${locale}|${currency}|${significantDigits}`;
  let entry = moneyFormats.get(cacheKey);
  if (!entry) {
    let minorDigits = 2;
    let format: Intl.NumberFormat;
    try {
      minorDigits = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
      format = new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumSignificantDigits: significantDigits });
    } catch {
      // An unknown currency code or locale: still show a number rather than fail a page.
      format = new Intl.NumberFormat(DEFAULT_LOCALE, { notation: "compact", maximumSignificantDigits: significantDigits });
    }
    entry = { format, minorDigits };
    moneyFormats.set(cacheKey, entry);
  }
  return entry;
}

/** Compact money from minor units: 8_640_000 cents → "$86.4K". */
export function formatMoneyCompact(amountMinor: number, options: { currency: string; locale?: string; significantDigits?: number }): string {
  const { format, minorDigits } = moneyFormat(options.currency, options.locale ?? DEFAULT_LOCALE, options.significantDigits ?? 3);
  return format.format(Number.isFinite(amountMinor) ? amountMinor / 10 ** minorDigits : 0);
}

/**
 * A lever's value for people: "14 %" (ratio), "48 a day" / "2.5 a day" (volume), "$24.5K" (deal
 * size, needs the currency; without one, USD). "no data" for null.
 */
export function formatRatio(kind: LeverKind, value: number | null, options?: { currency?: string; locale?: string }): string {
  if (value === null || !Number.isFinite(value)) return "no data";
  if (kind === "ratio") return `${Math.round(value * 1000) / 10} %`;
  if (kind === "volume") return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} a day`;
  return formatMoneyCompact(value, { currency: options?.currency ?? "USD", locale: options?.locale });
}

/** "93 % sure"-style confidence, never claiming 100 % (or 0 %) from a model. */
export function formatConfidence(confidence: number): string {
  if (!(confidence > 0)) return "0 %";
  if (confidence >= 0.995) return "over 99 %";
  if (confidence < 0.01) return "under 1 %";
  return `${Math.round(confidence * 100)} %`;
}

/**
 * Plain words for one lever, e.g. "Won / proposals at 14 % against a 25 % benchmark; at benchmark
 * that is about $86K more revenue over the last 90 days; 93 % sure this is a real gap, not noise."
 */
export function explainLever(lever: LeverResult, options: { currency: string; locale?: string; windowLabel: string }): string {
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
      const lift = formatMoneyCompact(lever.liftRevenueMinor, { currency: options.currency, locale: options.locale, significantDigits: 2 });
      return `${lever.label} at ${actual} against a ${benchmark} benchmark; at benchmark that is about ${lift} more revenue over ${options.windowLabel}; ${formatConfidence(lever.confidence)} sure this is a real gap, not noise.`;
    }
  }
}
