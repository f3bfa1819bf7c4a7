// Calendar days as "YYYY-MM-DD" strings: activity is dated in the organization's time zone, so
// day arithmetic happens on UTC midnights and never shifts a day.
const DAY_MS = 86_400_000;

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The "YYYY-MM-DD" key of a date column (a UTC midnight): the one way a Date becomes a day. */
export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayKey(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

export function isWeekday(day: string): boolean {
  const weekday = parseDay(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Monday to Friday between two days, both included (the engine's own arithmetic). */
export { workingDaysBetween } from "@/lib/coaching/days";

// One formatter per time zone: building one costs far more than using it.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** Monday of the ISO week that holds `day`. */
export function startOfIsoWeek(day: string): string {
  const weekday = parseDay(day).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
