// Days and times as people read them. A day is a "YYYY-MM-DD" key (activity is dated in the
// organization's zone), so it is shown as is, never shifted; an instant is shown on the
// organization's wall clock with the zone named ("2:24 PM CET"). Format on the server, or pass
// the strings down: the browser's own zone and locale would show another time (and a hydration error).
const dayLabel = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dayLabelWithYear = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** "2026-12-06" → "Dec 6" ("Dec 6, 2026" with `withYear`); "—" for none. */
export function formatDate(day: string | null | undefined, options: { withYear?: boolean } = {}): string {
  if (!day) return "—";
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "—";
  return (options.withYear ? dayLabelWithYear : dayLabel).format(date);
}

const zoned = new Map<string, Intl.DateTimeFormat>();
function zonedFormat(timeZone: string, shape: "datetime" | "time"): Intl.DateTimeFormat {
  const key = `${timeZone}|${shape}`;
  let format = zoned.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      shape === "datetime" ? { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" } : { hour: "numeric", minute: "2-digit" };
    try {
      format = new Intl.DateTimeFormat("en-US", { ...options, timeZone, timeZoneName: "short" });
    } catch {
      format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC", timeZoneName: "short" });
    }
    zoned.set(key, format);
  }
  return format;
}

/** "Tue, Nov 24, 10:00 AM EST": the instant on the zone's wall clock, zone named. */
export function formatDateTime(instant: Date | string, timeZone: string): string {
  return zonedFormat(timeZone, "datetime").format(typeof instant === "string" ? new Date(instant) : instant);
}

/** "2:24 PM CET": the time of day in the zone, zone named. */
export function formatTime(instant: Date | string, timeZone: string): string {
  return zonedFormat(timeZone, "time").format(typeof instant === "string" ? new Date(instant) : instant);
}
