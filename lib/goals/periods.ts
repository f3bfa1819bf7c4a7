// Goal periods: the organization's fiscal quarters and calendar months, as "YYYY-Qn" / "YYYY-MM".
import { addDays } from "@/lib/calendar/days";
import { fiscalQuarterOf, monthOf, parsePeriodKey, previousQuarter, type Period } from "@/lib/calendar/periods";
import { isYearInRange } from "@/lib/validation/common";

const MONTHS_PER_QUARTER = 3;

export const isQuarter = (period: Pick<Period, "key">) => period.key.includes("-Q");

/**
 * The period a screen asked for; a missing or malformed key, or one outside the years dates may name
 * (YEAR_RANGE), falls back to the current fiscal quarter.
 */
export function resolvePeriod(key: string | undefined, fiscalYearStartMonth: number, today: string): Period {
  const inRange = key !== undefined && key.charAt(4) === "-" && isYearInRange(Number(key.slice(0, 4)));
  return (inRange ? parsePeriodKey(key, fiscalYearStartMonth) : null) ?? fiscalQuarterOf(today, fiscalYearStartMonth);
}

/** The period before: the previous fiscal quarter, or the previous month. */
export function previousPeriod(period: Period, fiscalYearStartMonth: number): Period {
  return isQuarter(period) ? previousQuarter(period, fiscalYearStartMonth) : monthOf(addDays(period.start, -1));
}

export function nextPeriod(period: Period, fiscalYearStartMonth: number): Period {
  return isQuarter(period) ? fiscalQuarterOf(addDays(period.end, 1), fiscalYearStartMonth) : monthOf(addDays(period.end, 1));
}

/** What a period picker offers: the quarters around today, then the months of the quarter on screen. */
export function periodChoices(selected: Period, today: string, fiscalYearStartMonth: number): Period[] {
  const current = fiscalQuarterOf(today, fiscalYearStartMonth);
  const quarters = [previousQuarter(current, fiscalYearStartMonth), current, nextPeriod(current, fiscalYearStartMonth)];
  const quarter = isQuarter(selected) ? selected : fiscalQuarterOf(selected.start, fiscalYearStartMonth);
  if (!quarters.some((entry) => entry.key === quarter.key)) quarters.push(quarter);
  // A quarter has three months: counted, never compared as text (after 9999-12 comes "+010000-01").
  const months: Period[] = [monthOf(quarter.start)];
  for (let index = 1; index < MONTHS_PER_QUARTER; index++) months.push(monthOf(addDays(months[index - 1]!.end, 1)));
  return [...quarters.sort((a, b) => a.start.localeCompare(b.start)), ...months];
}

// One definition of "days left" and "to date" for pacing, targets and goals: the engine's.
export { periodToDate, workingDaysLeft } from "@/lib/coaching/pacing";

const DAY_FORMAT = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const YEAR_FORMAT = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** "2026-Q3 (Jul 1 – Sep 30, 2026)". */
export function describePeriod(period: Period): string {
  return `${period.key} (${DAY_FORMAT.format(new Date(`${period.start}T00:00:00Z`))} – ${YEAR_FORMAT.format(new Date(`${period.end}T00:00:00Z`))})`;
}
