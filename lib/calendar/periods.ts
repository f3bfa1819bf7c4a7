import { addDays, dayKey, parseDay } from "@/lib/calendar/days";

export interface Period {
  /** e.g. "2026-Q4" (fiscal quarter) or "2026-11" (month). */
  key: string;
  start: string;
  end: string;
}

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthStart(year: number, monthIndex: number): string {
  return dayKey(new Date(Date.UTC(year, monthIndex, 1)));
}

/**
 * The fiscal quarter holding `day`. A fiscal year is named by the calendar year it starts in:
 * with fiscalYearStartMonth = 2, 2026-Q1 runs February to April 2026.
 */
export function fiscalQuarterOf(day: string, fiscalYearStartMonth: number): Period {
  const date = parseDay(day);
  const monthsIntoYear = (date.getUTCMonth() - (fiscalYearStartMonth - 1) + 12) % 12;
  const fiscalYear = date.getUTCMonth() >= fiscalYearStartMonth - 1 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const quarter = Math.floor(monthsIntoYear / 3) + 1;
  return fiscalQuarter(fiscalYear, quarter, fiscalYearStartMonth);
}

export function fiscalQuarter(fiscalYear: number, quarter: number, fiscalYearStartMonth: number): Period {
  const startMonthIndex = fiscalYearStartMonth - 1 + (quarter - 1) * 3;
  const start = monthStart(fiscalYear, startMonthIndex);
  const end = addDays(monthStart(fiscalYear, startMonthIndex + 3), -1);
  return { key: `${fiscalYear}-Q${quarter}`, start, end };
}

export function monthOf(day: string): Period {
  const date = parseDay(day);
  const start = monthStart(date.getUTCFullYear(), date.getUTCMonth());
  return { key: start.slice(0, 7), start, end: addDays(monthStart(date.getUTCFullYear(), date.getUTCMonth() + 1), -1) };
}

/** Parses "YYYY-Qn" or "YYYY-MM" into its dates; null when the key is malformed. */
export function parsePeriodKey(key: string, fiscalYearStartMonth: number): Period | null {
  const quarter = QUARTER_KEY.exec(key);
  if (quarter) return fiscalQuarter(Number(quarter[1]), Number(quarter[2]), fiscalYearStartMonth);
  const month = MONTH_KEY.exec(key);
  if (month) return monthOf(`${month[1]}-${month[2]}-01`);
  return null;
}

export function previousQuarter(period: Period, fiscalYearStartMonth: number): Period {
  return fiscalQuarterOf(addDays(period.start, -1), fiscalYearStartMonth);
}
