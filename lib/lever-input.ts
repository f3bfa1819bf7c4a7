// A lever value as a person types it into a form, and back (decision 0035).
import { fromMinorUnits, toMinorUnits } from "@/lib/money";

type LeverKind = "volume" | "ratio" | "deal_size";

/** A lever value as a person types it: a percentage for a ratio, per day for volume, money (major units) for deal size. */
export function leverValueToInput(kind: LeverKind, value: number, currency = "USD"): number {
  if (kind === "ratio") return Math.round(value * 1000) / 10;
  if (kind === "volume") return Math.round(value * 10) / 10;
  return Math.round(fromMinorUnits(value, currency));
}

/** The inverse of `leverValueToInput`: what the engine stores. */
export function leverValueFromInput(kind: LeverKind, value: number, currency = "USD"): number {
  if (kind === "ratio") return value / 100;
  if (kind === "volume") return value;
  return toMinorUnits(value, currency);
}
