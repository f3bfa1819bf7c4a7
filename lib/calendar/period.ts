import { differenceInCalendarDays, parseISO } from "date-fns";
import { resolveWindow, type CoachingWindow } from "@/lib/calendar/coaching-window";
import { todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf, parsePeriodKey, previousQuarter } from "@/lib/calendar/periods";

// The one period every screen and the API compute figures over: a named window counted back from
// today ("30", "90", "180", "qtd"), a fiscal quarter ("2026-Q3") or a custom from–to range. The
// schema that reads it from a URL or a query string is lib/validation/period.ts.

/** A period may span at most three years (inclusive days), so a query stays a few months of work. */
export const MAX_PERIOD_DAYS = 3 * 366;
/** Fiscal quarters a picker offers before the current one. */
const PREVIOUS_QUARTERS_OFFERED = 4;

/** What a screen or an API call asked for; validated by lib/validation/period.ts. */
export interface PeriodRequest {
  /** "30" | "90" | "180" | "qtd" or a fiscal quarter key "YYYY-Qn". */
  window?: string;
  from?: string;
  to?: string;
}

export interface QuarterChoice {
  key: string;
  from: string;
  to: string;
}

export interface ResolvedPeriod extends CoachingWindow {
  kind: "window" | "quarter" | "range";
  /** The fiscal quarters before the current one, newest first, for a picker. */
  quarters: QuarterChoice[];
}

interface FiscalCalendar {
  timeZone: string;
  fiscalYearStartMonth: number;
}

/** Days from `from` to `to`, both included (date-fns counts calendar days, whatever the clock). */
export function periodDays(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
}

/** Whether from–to is a range the app computes over: in order and at most MAX_PERIOD_DAYS long. */
export function isValidRange(from: string, to: string): boolean {
  return from <= to && periodDays(from, to) <= MAX_PERIOD_DAYS;
}

/** The fiscal quarters before the one holding `today`, newest first. */
export function previousQuarters(today: string, fiscalYearStartMonth: number, count = PREVIOUS_QUARTERS_OFFERED): QuarterChoice[] {
  const quarters: QuarterChoice[] = [];
  let quarter = fiscalQuarterOf(today, fiscalYearStartMonth);
  for (let index = 0; index < count; index++) {
    quarter = previousQuarter(quarter, fiscalYearStartMonth);
    quarters.push({ key: quarter.key, from: quarter.start, to: quarter.end });
  }
  return quarters;
}

/**
 * The period asked for, resolved against the organization's calendar; anything unusable (a
 * reversed or too long range, a quarter that has not started) falls back to the last 90 days.
 * A quarter still running ends today: figures are never counted over days to come.
 */
export function resolvePeriod(request: PeriodRequest | undefined, organization: FiscalCalendar, today: string = todayIn(organization.timeZone)): ResolvedPeriod {
  const quarters = previousQuarters(today, organization.fiscalYearStartMonth);
  const from = request?.from;
  const to = request?.to;
  if (from && to && isValidRange(from, to)) {
    return { kind: "range", key: "custom", label: `${from} to ${to}`, from, to, days: periodDays(from, to), quarters };
  }
  const quarter = request?.window?.includes("-Q") ? parsePeriodKey(request.window, organization.fiscalYearStartMonth) : null;
  if (quarter && quarter.start <= today) {
    const end = quarter.end < today ? quarter.end : today;
    return { kind: "quarter", key: quarter.key, label: `Fiscal quarter ${quarter.key}`, from: quarter.start, to: end, days: periodDays(quarter.start, end), quarters };
  }
  return { ...resolveWindow(request?.window, organization, today), kind: "window", quarters };
}

/** The URL query that asks for this period again (empty for the default), so a view can be shared. */
export function periodQuery(period: Pick<ResolvedPeriod, "kind" | "key" | "from" | "to">): Record<string, string> {
  if (period.kind === "range") return { from: period.from, to: period.to };
  return period.key === "90" ? {} : { window: period.key };
}
