import { describe, expect, it } from "vitest";
import { leversFor } from "./levers";
import { leverDenominator, rawLeverValues } from "./raw-values";

const stages = [
  { key: "dials", label: "Dials" },
  { key: "meetings", label: "Meetings" },
  { key: "won", label: "Won" },
];

describe("rawLeverValues", () => {
  it("computes each lever's observed value", () => {
    // 600 dials / 20 days = 30; 60 / 600 = 0.1; 6 / 60 = 0.1; 600,000 / 6 = 100,000.
    expect(rawLeverValues(stages, { stageCounts: { dials: 600, meetings: 60, won: 6 }, revenueMinor: 600_000, workingDays: 20 })).toEqual({ volume: 30, dials_to_meetings: 0.1, meetings_to_won: 0.1, deal_size: 100_000 });
  });

  it("is null where the denominator is zero, and clamps a ratio above 1", () => {
    expect(rawLeverValues(stages, { stageCounts: { dials: 100, meetings: 0, won: 0 }, revenueMinor: 0, workingDays: 10 })).toEqual({ volume: 10, dials_to_meetings: 0, meetings_to_won: null, deal_size: null });
    expect(rawLeverValues(stages, { stageCounts: { dials: 10, meetings: 14 }, revenueMinor: 0, workingDays: 0 })).toMatchObject({ volume: null, dials_to_meetings: 1 });
  });

  it("reads missing, negative and non-finite counts as zero", () => {
    expect(rawLeverValues(stages, { stageCounts: { dials: -5, meetings: Number.NaN }, revenueMinor: Number.NaN, workingDays: Number.POSITIVE_INFINITY })).toEqual({ volume: null, dials_to_meetings: null, meetings_to_won: null, deal_size: null });
  });
});

describe("leverDenominator", () => {
  it("is working days for volume, the earlier stage for a ratio, won deals for deal size", () => {
    const totals = { stageCounts: { dials: 600, meetings: 60, won: 6 }, revenueMinor: 600_000, workingDays: 20 };
    expect(leversFor(stages).map((lever) => leverDenominator(stages, lever, totals))).toEqual([20, 600, 60, 6]);
  });
});
