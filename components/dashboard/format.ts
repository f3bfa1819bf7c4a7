import { formatMoneyCompact } from "@/lib/money";

export type LeverKind = "volume" | "ratio" | "deal_size";

/** How a lever's value reads on screen: 12.5 %, 48/day, $24k. */
export function formatLeverValue(kind: LeverKind, value: number | null, currency: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (kind === "ratio") return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %`;
  if (kind === "volume") return `${value.toFixed(value < 10 ? 1 : 0)}/day`;
  return formatMoneyCompact(value, currency);
}

export function formatPercent(value: number | null, digits = 0): string {
  return value === null || !Number.isFinite(value) ? "—" : `${(value * 100).toFixed(digits)} %`;
}

export function formatDate(day: string | null): string {
  if (!day) return "—";
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
