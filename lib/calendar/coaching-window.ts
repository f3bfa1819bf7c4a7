import { addDays, daysBetween, todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf } from "@/lib/calendar/periods";

export interface CoachingWindow {
  /** e.g. "90" or "qtd". */
  key: string;
  label: string;
  from: string;
  to: string;
  days: number;
}

export const WINDOW_OPTIONS = [
  { key: "30", label: "Last 30 days" },
  { key: "90", label: "Last 90 days" },
  { key: "180", label: "Last 180 days" },
  { key: "qtd", label: "Quarter to date" },
] as const;

export function windowOfDays(days: number, asOf: string): CoachingWindow {
  return { key: String(days), label: `Last ${days} days`, from: addDays(asOf, -(days - 1)), to: asOf, days };
}

/** The window a screen asked for; anything unknown falls back to the last 90 days. */
export function resolveWindow(key: string | undefined, organization: { timeZone: string; fiscalYearStartMonth: number }, asOf?: string): CoachingWindow {
  const today = asOf ?? todayIn(organization.timeZone);
  if (key === "qtd") {
    const quarter = fiscalQuarterOf(today, organization.fiscalYearStartMonth);
    return { key: "qtd", label: `Quarter to date (${quarter.key})`, from: quarter.start, to: today, days: daysBetween(quarter.start, today) + 1 };
  }
  const days = key === "30" || key === "180" ? Number(key) : 90;
  return windowOfDays(days, today);
}
