import { describe, expect, it } from "vitest";
import { utcToZonedWallTime, zonedDay, zonedWallTimeToUtc } from "./zoned-time";

describe("wall-clock times in a time zone", () => {
  it("reads 10:00 in New York as 15:00 UTC in winter and 14:00 UTC in summer", () => {
    expect(zonedWallTimeToUtc("2026-11-24T10:00", "America/New_York").toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-07-01T10:00", "America/New_York").toISOString()).toBe("2026-07-01T14:00:00.000Z");
  });

  it("round-trips through the datetime-local format", () => {
    for (const zone of ["Europe/Paris", "Asia/Kolkata", "Australia/Sydney", "UTC"]) {
      expect(utcToZonedWallTime(zonedWallTimeToUtc("2026-03-15T09:30", zone), zone)).toBe("2026-03-15T09:30");
    }
  });

  it("moves a time skipped by the spring DST change forward instead of failing", () => {
    // 02:30 does not exist in New York on 2026-03-08.
    const instant = zonedWallTimeToUtc("2026-03-08T02:30", "America/New_York");
    expect(utcToZonedWallTime(instant, "America/New_York")).toBe("2026-03-08T03:30");
  });

  it("takes the first of the two instants of a time repeated when DST ends", () => {
    // 01:30 happens twice in New York on 2026-11-01: first in EDT (05:30 UTC), then in EST.
    expect(zonedWallTimeToUtc("2026-11-01T01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("gives the calendar day where the organization is, not in UTC", () => {
    expect(zonedDay(new Date("2026-11-25T03:00:00Z"), "America/Los_Angeles")).toBe("2026-11-24");
  });

  it("refuses text that is not a wall-clock time", () => {
    expect(() => zonedWallTimeToUtc("2026-11-24 10:00", "UTC")).toThrow();
  });
});
