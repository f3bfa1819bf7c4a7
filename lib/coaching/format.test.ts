import { describe, expect, it } from "vitest";
import { explainLever, formatRatio } from "./format";
import type { LeverResult } from "./types";

const closing: LeverResult = {
  lever: "proposals_to_won",
  kind: "ratio",
  label: "Won / proposals",
  competency: { id: "c", name: "Closing" },
  dataQuality: { status: "ok", reasons: [] },
  actual: 0.14,
  estimate: 0.16,
  benchmark: 0.25,
  benchmarkSource: "team",
  sampleSize: 50,
  liftRevenueMinor: 8_640_000,
  confidence: 0.93,
  confident: true,
  priority: 8_035_200,
  status: "below_benchmark",
  warnings: [],
};

describe("formatRatio", () => {
  it("uses the one lever formatter and says 'no data' for none", () => {
    expect(formatRatio("ratio", 0.14)).toBe("14 %");
    expect(formatRatio("volume", 48.4)).toBe("48/day");
    expect(formatRatio("deal_size", 2_450_000, { currency: "USD" })).toBe("$24.5K");
    expect(formatRatio("ratio", null)).toBe("no data");
    expect(formatRatio("ratio", Number.NaN)).toBe("no data");
  });
});

describe("explainLever", () => {
  const options = { currency: "USD", windowLabel: "this quarter" };

  it("explains a gap in plain words", () => {
    expect(explainLever(closing, options)).toBe("Won / proposals at 14 % against a 25 % benchmark; at benchmark that is about $86.4K more revenue over this quarter; 93 % sure this is a real gap, not noise.");
  });

  it("explains the other statuses", () => {
    expect(explainLever({ ...closing, status: "at_or_above_benchmark", actual: 0.3 }, options)).toBe("Won / proposals: 30 % against a 25 % benchmark — at or above it.");
    expect(explainLever({ ...closing, status: "no_benchmark", benchmark: null }, options)).toBe("Won / proposals: 14 %; no benchmark is set for it.");
    expect(explainLever({ ...closing, status: "insufficient_data", actual: null }, options)).toBe("Won / proposals: not enough data in this quarter to judge.");
    expect(explainLever({ ...closing, kind: "deal_size", label: "Average deal size", status: "insufficient_data", warnings: ["no_revenue"] }, options)).toBe("Average deal size: deals were won in this quarter but no revenue was recorded for them.");
  });
});
