import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/days";
import { MAX_PERIOD_DAYS, periodDays, periodQuery, previousQuarters, resolvePeriod } from "@/lib/calendar/period";
import { parseScreenPeriod, periodRangeQuerySchema } from "@/lib/validation/period";
import { prioritiesQuerySchema } from "@/lib/validation/api";

const organization = { timeZone: "UTC", fiscalYearStartMonth: 2 };
// Days from 1970-01-01 to 2199-12-31 (YEAR_RANGE).
const LAST_OFFSET = periodDays("1970-01-01", "2199-12-31") - 1;
const day = fc.integer({ min: 0, max: LAST_OFFSET }).map((offset) => addDays("1970-01-01", offset));

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));

describe("the period parser", () => {
  it("accepts exactly the ranges in order and at most three years long, and names `to` otherwise", () => {
    fc.assert(
      fc.property(day, day, (from, to) => {
        const result = periodRangeQuerySchema.safeParse({ from, to });
        const valid = from <= to && periodDays(from, to) <= MAX_PERIOD_DAYS;
        expect(result.success).toBe(valid);
        if (!valid) expect(issues(result).map((issue) => issue.path)).toEqual(["to"]);
      }),
    );
  });

  it("accepts every span up to the maximum and refuses one day more", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: MAX_PERIOD_DAYS + 5 }), (from, length) => {
        const to = addDays(from, length - 1);
        fc.pre(to <= "2199-12-31");
        expect(periodRangeQuerySchema.safeParse({ from, to }).success).toBe(length <= MAX_PERIOD_DAYS);
      }),
    );
  });

  it("refuses a reversed range, a lone bound, years outside 1970–2199 and dates that do not exist", () => {
    expect(issues(periodRangeQuerySchema.safeParse({ from: "2026-03-01", to: "2026-02-01" }))).toEqual([{ path: "to", message: "must not be before from" }]);
    expect(issues(periodRangeQuerySchema.safeParse({ to: "2026-02-01" }))).toEqual([{ path: "from", message: "give both from and to, or neither" }]);
    expect(issues(periodRangeQuerySchema.safeParse({ from: "1969-12-31", to: "2026-02-01" })).map((issue) => issue.path)).toEqual(["from"]);
    expect(issues(periodRangeQuerySchema.safeParse({ from: "2026-01-01", to: "2200-01-01" })).map((issue) => issue.path)).toEqual(["to"]);
    expect(issues(periodRangeQuerySchema.safeParse({ from: "2026-02-30", to: "2026-03-01" })).map((issue) => issue.path)).toEqual(["from"]);
  });

  it("takes from–to instead of window and asOf in the API, not beside them", () => {
    expect(prioritiesQuerySchema.safeParse({ from: "2026-01-01", to: "2026-03-31" }).success).toBe(true);
    expect(issues(prioritiesQuerySchema.safeParse({ window: "30", from: "2026-01-01", to: "2026-03-31" }))).toEqual([{ path: "window", message: "give either window or from and to, not both" }]);
    expect(issues(prioritiesQuerySchema.safeParse({ asOf: "2026-03-31", from: "2026-01-01", to: "2026-03-31" })).map((issue) => issue.path)).toEqual(["asOf"]);
  });

  it("reads a screen's URL, keeps the old ?deals= quarter links, and reports what it cannot read", () => {
    expect(parseScreenPeriod({})).toEqual({ request: { window: undefined }, problem: null });
    expect(parseScreenPeriod({ window: "2026-Q2" })).toEqual({ request: { window: "2026-Q2" }, problem: null });
    expect(parseScreenPeriod({ deals: "2025-Q4" })).toEqual({ request: { window: "2025-Q4" }, problem: null });
    expect(parseScreenPeriod({ from: "2026-01-05", to: "2026-02-05", window: "30" })).toEqual({ request: { from: "2026-01-05", to: "2026-02-05" }, problem: null });
    const reversed = parseScreenPeriod({ from: "2026-03-05", to: "2026-02-05" });
    expect(reversed.request).toEqual({});
    expect(reversed.problem).toContain("to must not be before from");
    expect(parseScreenPeriod({ window: "7" }).problem).toContain("window must be 30, 90, 180, qtd or a fiscal quarter");
    expect(parseScreenPeriod({ window: "1969-Q1" }).problem).toContain("1970");
  });
});

describe("resolving a period", () => {
  const today = "2026-12-06";

  it("defaults to the last 90 days up to today", () => {
    expect(resolvePeriod(undefined, organization, today)).toMatchObject({ kind: "window", key: "90", from: "2026-09-08", to: today, days: 90 });
  });

  it("offers the four fiscal quarters before the current one, newest first", () => {
    // Fiscal year from February: 2026-Q4 runs November to January.
    expect(previousQuarters(today, 2).map((quarter) => quarter.key)).toEqual(["2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(previousQuarters(today, 2)[0]).toEqual({ key: "2026-Q3", from: "2026-08-01", to: "2026-10-31" });
  });

  it("resolves a past quarter whole and a running one up to today, and ignores a quarter to come", () => {
    expect(resolvePeriod({ window: "2026-Q3" }, organization, today)).toMatchObject({ kind: "quarter", from: "2026-08-01", to: "2026-10-31", days: 92 });
    expect(resolvePeriod({ window: "2026-Q4" }, organization, today)).toMatchObject({ kind: "quarter", from: "2026-11-01", to: today });
    expect(resolvePeriod({ window: "2027-Q1" }, organization, today)).toMatchObject({ kind: "window", key: "90" });
  });

  it("resolves a custom range as given, its `to` the as-of day, and round-trips it through the URL", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: MAX_PERIOD_DAYS }), (from, length) => {
        const to = addDays(from, length - 1);
        fc.pre(to <= "2199-12-31");
        const period = resolvePeriod({ from, to }, organization, today);
        expect(period).toMatchObject({ kind: "range", from, to, days: length });
        expect(resolvePeriod(periodQuery(period), organization, today)).toMatchObject({ from, to });
      }),
    );
  });

  it("falls back to the default for a range it must not compute over", () => {
    expect(resolvePeriod({ from: "2026-02-01", to: "2026-01-01" }, organization, today).key).toBe("90");
    expect(resolvePeriod({ from: "2020-01-01", to: "2026-01-01" }, organization, today).key).toBe("90");
  });
});
