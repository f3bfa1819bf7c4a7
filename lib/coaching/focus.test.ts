import { describe, expect, it } from "vitest";
import { chooseFocus } from "./focus";
import type { LeverResult } from "./types";

const lever = (overrides: Partial<LeverResult>): LeverResult => ({
  lever: "proposals_to_won",
  kind: "ratio",
  label: "Won / proposals",
  competency: null,
  dataQuality: { status: "ok", reasons: [] },
  actual: 0.1,
  estimate: 0.12,
  benchmark: 0.3,
  benchmarkSource: "organization",
  sampleSize: 100,
  liftRevenueMinor: 1000,
  confidence: 0.95,
  confident: true,
  priority: 950,
  status: "below_benchmark",
  warnings: [],
  ...overrides,
});

describe("chooseFocus", () => {
  it("takes the highest priority, ties to the lever earlier in the funnel", () => {
    const levers = [lever({ lever: "a", priority: 500 }), lever({ lever: "b", priority: 900 }), lever({ lever: "c", priority: 900 })];
    expect(chooseFocus(levers, 60, 0.8).focus).toBe("b");
  });

  it("names no focus when the top priority is under the threshold, even if a smaller gap passes it", () => {
    // The brief's rule: only the top lever can be the focus. A confident small gap is not the priority.
    const levers = [lever({ lever: "big", liftRevenueMinor: 10_000, confidence: 0.6, priority: 6000, sampleSize: 200 }), lever({ lever: "small", liftRevenueMinor: 1000, confidence: 0.99, priority: 990 })];
    expect(chooseFocus(levers, 60, 0.8)).toMatchObject({ focus: null, reason: "uncertain" });
  });

  it("calls a low-confidence gap on a small sample insufficient_data, per lever kind", () => {
    expect(chooseFocus([lever({ confidence: 0.5, sampleSize: 29 })], 60, 0.8).reason).toBe("insufficient_data");
    expect(chooseFocus([lever({ confidence: 0.5, sampleSize: 30 })], 60, 0.8).reason).toBe("uncertain");
    expect(chooseFocus([lever({ kind: "deal_size", label: "Average deal size", confidence: 0.5, sampleSize: 4 })], 60, 0.8).reasonText).toBe("Not enough data yet: the biggest gap (Average deal size) rests on only 4 won deals.");
  });

  it("accepts a confidence exactly at the threshold", () => {
    expect(chooseFocus([lever({ confidence: 0.8 })], 60, 0.8).focus).toBe("proposals_to_won");
  });

  it("names the competency when the lever has one", () => {
    expect(chooseFocus([lever({ competency: { id: "c", name: "Closing" } })], 60, 0.8).reasonText).toBe("Focus on Closing: it is the gap that costs the most revenue, and 95 % sure to be real.");
  });

  it("explains every way to have no focus", () => {
    expect(chooseFocus([lever({})], 0, 0.8).reasonText).toBe("Not enough data yet: no working days of activity in this window.");
    expect(chooseFocus([lever({})], 9, 0.8).reason).toBe("insufficient_data");
    expect(chooseFocus([lever({ status: "at_or_above_benchmark", liftRevenueMinor: 0, priority: 0 }), lever({ status: "insufficient_data", liftRevenueMinor: 0, priority: 0 })], 60, 0.8).reason).toBe("at_or_above_benchmark");
    expect(chooseFocus([lever({ status: "no_benchmark", liftRevenueMinor: 0, priority: 0 })], 60, 0.8).reason).toBe("insufficient_data");
    expect(chooseFocus([lever({ liftRevenueMinor: 0, priority: 0 })], 60, 0.8).reasonText).toMatch(/no revenue won/);
    expect(chooseFocus([], 60, 0.8).reason).toBe("insufficient_data");
  });
});
