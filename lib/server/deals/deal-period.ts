import "server-only";
import { addDays, todayIn } from "@/lib/calendar/days";
import type { DealPeriod } from "@/lib/coaching/deal-figures";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export const DEFAULT_DEAL_PERIOD_DAYS = 90;

/** The period asked for, or the 90 days up to today in the organization's time zone. */
export function resolveDealPeriod(viewer: Viewer, period: Partial<DealPeriod>): DealPeriod {
  if (period.from && period.to) return { from: period.from, to: period.to };
  const to = todayIn(viewer.organization.timeZone);
  return { from: addDays(to, -(DEFAULT_DEAL_PERIOD_DAYS - 1)), to };
}
