// Calendar arithmetic on YYYY-MM-DD strings (kept inside the engine so it imports nothing).
const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The organization's working days are Monday to Friday. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days between two days, both included. */
export function workingDaysBetween(from: string, to: string): number {
  const total = daysBetween(from, to) + 1;
  if (total <= 0) return 0;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  // Weekdays by arithmetic from the first day's: this runs once per rep per screen, and a Date per
  // remaining day cost a team's worth of reps more than their priorities (docs/performance.md).
  const firstWeekday = new Date(`${from}T00:00:00Z`).getUTCDay();
  for (let offset = fullWeeks * 7; offset < total; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
