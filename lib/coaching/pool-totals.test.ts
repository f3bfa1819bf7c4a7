import { describe, expect, it } from "vitest";
import { poolTotals } from "./pool-totals";

describe("poolTotals", () => {
  it("adds counts, revenue and working days (volume becomes per rep per working day)", () => {
    const pooled = poolTotals([
      { stageCounts: { dials: 600, won: 6 }, revenueMinor: 600_000, workingDays: 20 },
      { stageCounts: { dials: 900, meetings: 30 }, revenueMinor: 0, workingDays: 30 },
    ]);
    // 1,500 dials over 50 rep-days = 30 a rep-day.
    expect(pooled).toEqual({ stageCounts: { dials: 1500, won: 6, meetings: 30 }, revenueMinor: 600_000, workingDays: 50 });
  });

  it("is empty for no reps, and ignores negative or non-finite numbers", () => {
    expect(poolTotals([])).toEqual({ stageCounts: {}, revenueMinor: 0, workingDays: 0 });
    expect(poolTotals([{ stageCounts: { dials: -4, won: Number.NaN }, revenueMinor: Number.POSITIVE_INFINITY, workingDays: -1 }])).toEqual({ stageCounts: { dials: 0, won: 0 }, revenueMinor: 0, workingDays: 0 });
  });
});
