import { describe, expect, it } from "vitest";
import { gradeFor, prorateQuota } from "./grade";

describe("prorateQuota", () => {
  const quarter = { quotaMinor: 9_200_000, periodStart: "2026-10-01", periodEnd: "2026-12-31" };

  it("takes the share of the period's calendar days inside the window, both ends inclusive", () => {
    // Q4 2026 has 92 days; Nov 1–22 is 22 of them: 9,200,000 · 22 / 92 = 2,200,000.
    expect(prorateQuota({ ...quarter, windowStart: "2026-11-01", windowEnd: "2026-11-22" })).toBeCloseTo(2_200_000, 6);
    // A 90-day window Aug 25 – Nov 22 overlaps Oct 1 – Nov 22: 31 + 22 = 53 days → 5,300,000.
    expect(prorateQuota({ ...quarter, windowStart: "2026-08-25", windowEnd: "2026-11-22" })).toBeCloseTo(5_300_000, 6);
    // One shared day.
    expect(prorateQuota({ ...quarter, windowStart: "2026-09-01", windowEnd: "2026-10-01" })).toBeCloseTo(100_000, 6);
  });

  it("gives the whole quota for a window covering the period, nothing without overlap", () => {
    expect(prorateQuota({ ...quarter, windowStart: "2026-01-01", windowEnd: "2027-06-30" })).toBeCloseTo(9_200_000, 6);
    expect(prorateQuota({ ...quarter, windowStart: "2026-01-01", windowEnd: "2026-02-01" })).toBe(0);
    expect(prorateQuota({ ...quarter, windowStart: "2027-01-01", windowEnd: "2027-02-01" })).toBe(0);
  });

  it("counts leap days", () => {
    // February 2028 has 29 days: the 29th alone is 1/29 of the month.
    expect(prorateQuota({ quotaMinor: 2_900, periodStart: "2028-02-01", periodEnd: "2028-02-29", windowStart: "2028-02-29", windowEnd: "2028-03-15" })).toBeCloseTo(100, 9);
  });

  it("is 0, not NaN, for a reversed period, unreadable dates or no quota", () => {
    expect(prorateQuota({ ...quarter, periodStart: "2026-12-31", periodEnd: "2026-10-01", windowStart: "2026-11-01", windowEnd: "2026-11-22" })).toBe(0);
    expect(prorateQuota({ ...quarter, periodStart: "not a date", windowStart: "2026-11-01", windowEnd: "2026-11-22" })).toBe(0);
    expect(prorateQuota({ ...quarter, quotaMinor: 0, windowStart: "2026-11-01", windowEnd: "2026-11-22" })).toBe(0);
    expect(prorateQuota({ ...quarter, quotaMinor: Number.NaN, windowStart: "2026-11-01", windowEnd: "2026-11-22" })).toBe(0);
  });
});

describe("gradeFor", () => {
  it("grades A at or above 100 %, B from 70 %, C below", () => {
    expect(gradeFor({ revenueMinor: 100, quotaMinor: 100 })).toEqual({ grade: "A", attainment: 1, reason: "graded" });
    expect(gradeFor({ revenueMinor: 150, quotaMinor: 100 })).toEqual({ grade: "A", attainment: 1.5, reason: "graded" });
    expect(gradeFor({ revenueMinor: 70, quotaMinor: 100 }).grade).toBe("B");
    expect(gradeFor({ revenueMinor: 69, quotaMinor: 100 }).grade).toBe("C");
    expect(gradeFor({ revenueMinor: 0, quotaMinor: 100 })).toEqual({ grade: "C", attainment: 0, reason: "graded" });
  });

  it("takes the organization's thresholds", () => {
    expect(gradeFor({ revenueMinor: 90, quotaMinor: 100, thresholds: { a: 0.9, b: 0.5 } }).grade).toBe("A");
    expect(gradeFor({ revenueMinor: 50, quotaMinor: 100, thresholds: { a: 0.9, b: 0.5 } }).grade).toBe("B");
  });

  it("does not grade without a positive quota", () => {
    expect(gradeFor({ revenueMinor: 500, quotaMinor: null })).toEqual({ grade: null, attainment: null, reason: "no_quota" });
    expect(gradeFor({ revenueMinor: 500, quotaMinor: 0 })).toEqual({ grade: null, attainment: null, reason: "no_quota" });
    expect(gradeFor({ revenueMinor: 500, quotaMinor: -10 }).reason).toBe("no_quota");
  });

  it("reads negative or non-finite revenue as none", () => {
    expect(gradeFor({ revenueMinor: -50, quotaMinor: 100 })).toEqual({ grade: "C", attainment: 0, reason: "graded" });
    expect(gradeFor({ revenueMinor: Number.NaN, quotaMinor: 100 }).attainment).toBe(0);
  });
});
