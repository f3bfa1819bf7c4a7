// Wall-clock times in an organization's time zone: a meeting typed as "2026-11-24T10:00" means
// 10:00 where the organization works, not where the server runs.

const DAY_MS = 86_400_000;

// Building an Intl.DateTimeFormat costs far more than using one (about a millisecond of the
// dashboard's CPU per request went here): keep one per time zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formats.set(timeZone, format);
  }
  return format;
}

function partsIn(date: Date, timeZone: string): Record<string, number> {
  const parts = formatIn(timeZone).formatToParts(date);
  const values: Record<string, number> = {};
  for (const part of parts) if (part.type !== "literal") values[part.type] = Number(part.value);
  return values;
}

/** Minutes the zone is ahead of UTC at that instant (e.g. -300 for New York in winter). */
export function timeZoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = partsIn(date, timeZone);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * "YYYY-MM-DDTHH:mm" on the zone's wall clock → the instant. A time skipped by a DST change moves
 * forward by the gap; a repeated one takes its first occurrence.
 */
export function zonedWallTimeToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`not a wall-clock time: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side cover every transition near this time.
  const candidates = [...new Set([-DAY_MS, DAY_MS].map((shift) => timeZoneOffsetMinutes(new Date(guess + shift), timeZone)))].map((offset) => guess - offset * 60_000);
  const exact = candidates.filter((candidate) => utcToZonedWallTime(new Date(candidate), timeZone) === local);
  return new Date(exact.length ? Math.min(...exact) : Math.max(...candidates));
}

/** The instant as "YYYY-MM-DDTHH:mm" on the zone's wall clock (the value of a datetime-local input). */
export function utcToZonedWallTime(date: Date, timeZone: string): string {
  const parts = partsIn(date, timeZone);
  const pad = (value: number | undefined) => String(value ?? 0).padStart(2, "0");
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** The calendar day of an instant in the zone, "YYYY-MM-DD". */
export function zonedDay(date: Date, timeZone: string): string {
  return utcToZonedWallTime(date, timeZone).slice(0, 10);
}
