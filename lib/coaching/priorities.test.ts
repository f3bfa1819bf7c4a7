import { describe, expect, it } from "vitest";
import { computePriorities, type PriorityInput } from "./priorities";
import type { ActivityTotals, LeverResult, PriorityReport, ResolvedBenchmark } from "./types";

const stages = [
  { key: "dials", label: "Dials" },
  { key: "meetings", label: "Meetings" },
  { key: "won", label: "Won" },
];

const totals = (dials: number, meetings: number, won: number, revenueMinor: number, workingDays: number): ActivityTotals => ({ stageCounts: { dials, meetings, won }, revenueMinor, workingDays });
const org = (values: Record<string, number>): Record<string, ResolvedBenchmark> => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value, source: "organization" as const }]));
const lever = (report: PriorityReport, key: string): LeverResult => {
  const found = report.levers.find((entry) => entry.lever === key);
  if (!found) throw new Error(`no lever ${key}`);
  return found;
};
const run = (input: Partial<PriorityInput> & Pick<PriorityInput, "subject" | "prior">) => computePriorities({ stages, benchmarks: {}, ...input });

describe("computePriorities: a worked example", () => {
  // Rep: 600 dials, 60 meetings, 6 wins worth $6,000 (600,000 cents) over 20 working days.
  // Team pool: the same rates over 200 rep-days, so shrinkage leaves every estimate at the rep's own:
  //   volume       Gamma(10 · 30 + 600, 10 + 20) = Gamma(900, 30) → 30 a day
  //   dials→meet.  Beta(20 · 0.1 + 60, 20 · 0.9 + 540) = Beta(62, 558) → 0.1
  //   meet.→won    Beta(2 + 6, 18 + 54) = Beta(8, 72) → 0.1
  //   deal size    (6 · 100,000 + 5 · 100,000) / 11 = 100,000
  // Model revenue = 20 · 30 · 0.1 · 0.1 · 100,000 = 600,000 (= actual).
  const rep = totals(600, 60, 6, 600_000, 20);
  const team = totals(6000, 600, 60, 6_000_000, 200);
  const report = run({ subject: rep, prior: team, benchmarks: org({ volume: 40, dials_to_meetings: 0.1, meetings_to_won: 0.2, deal_size: 150_000 }), competencies: { meetings_to_won: { id: "c1", name: "Closing" } } });

  it("computes the model revenue from the shrunk estimates", () => {
    expect(report.modelRevenueMinor).toBeCloseTo(600_000, 6);
    expect(report.actualRevenueMinor).toBe(600_000);
  });

  it("computes each lever's lift, confidence and priority", () => {
    // Volume: 600,000 · (40 / 30 − 1) = 200,000; P(λ < 40) under Gamma(900, 30) ≈ 1.
    expect(lever(report, "volume")).toMatchObject({ actual: 30, benchmark: 40, benchmarkSource: "organization", sampleSize: 20, status: "below_benchmark" });
    expect(lever(report, "volume").estimate).toBeCloseTo(30, 10);
    expect(lever(report, "volume").liftRevenueMinor).toBeCloseTo(200_000, 4);
    expect(lever(report, "volume").confidence).toBeCloseTo(1, 10);
    // Dials → meetings exactly at its benchmark: no lift, no priority.
    expect(lever(report, "dials_to_meetings")).toMatchObject({ status: "at_or_above_benchmark", liftRevenueMinor: 0, priority: 0 });
    // Closing: 600,000 · (0.2 / 0.1 − 1) = 600,000; I_0.2(8, 72) = 0.993946 (SciPy).
    const closing = lever(report, "meetings_to_won");
    expect(closing.liftRevenueMinor).toBeCloseTo(600_000, 4);
    expect(closing.confidence).toBeCloseTo(0.9939460039257083, 10);
    expect(closing.priority).toBeCloseTo(600_000 * 0.9939460039257083, 3);
    expect(closing.competency).toEqual({ id: "c1", name: "Closing" });
    // Deal size: 600,000 · (150,000 / 100,000 − 1) = 300,000; Φ(ln 1.5 · √11) = 0.910651.
    expect(lever(report, "deal_size").liftRevenueMinor).toBeCloseTo(300_000, 4);
    expect(lever(report, "deal_size").confidence).toBeCloseTo(0.9106511486397213, 8);
  });

  it("focuses on the highest priority (closing: 596k beats deal size 273k and volume 200k)", () => {
    expect(report.focus).toBe("meetings_to_won");
    expect(report.reason).toBe("focus");
    expect(report.reasonText).toBe("Focus on Closing: it is the gap that costs the most revenue, and 99 % sure to be real.");
  });

  it("returns the levers in funnel order", () => {
    expect(report.levers.map((entry) => entry.lever)).toEqual(["volume", "dials_to_meetings", "meetings_to_won", "deal_size"]);
  });
});

describe("computePriorities: shrinkage", () => {
  it("does not take a thin sample at face value", () => {
    // 1 win of 9 meetings; team 30 of 100: Beta(6 + 1, 14 + 8) = Beta(7, 22) → 7/29 = 0.241, not 1/9 = 0.111.
    const report = run({ subject: totals(600, 9, 1, 100_000, 60), prior: totals(6000, 100, 30, 3_000_000, 600), benchmarks: org({ meetings_to_won: 0.3 }) });
    const closing = lever(report, "meetings_to_won");
    expect(closing.actual).toBeCloseTo(1 / 9, 12);
    expect(closing.estimate).toBeCloseTo(7 / 29, 12);
    // lift = model revenue · (0.3 / (7/29) − 1)
    expect(closing.liftRevenueMinor).toBeCloseTo(report.modelRevenueMinor * (0.3 / (7 / 29) - 1), 4);
    // 9 meetings are too few to call it.
    expect(report.focus).toBeNull();
    expect(report.reason).toBe("insufficient_data");
    expect(report.reasonText).toBe("Not enough data yet: the biggest gap (Won / meetings) rests on only 9 attempts.");
  });

  it("gives a rep with no wins a positive closing lift from the team's data", () => {
    // Rep: 600 dials, 60 meetings, 0 wins, 20 days. Team: 6000 dials, 600 meetings, 120 wins at $1,000, 200 days.
    //   volume 30, dials→meetings 0.1 (as above); closing Beta(20 · 0.2, 20 · 0.8 + 60) = Beta(4, 76) → 0.05;
    //   deal size: no wins of the rep's own → the team's 100,000.
    // Model revenue = 20 · 30 · 0.1 · 0.05 · 100,000 = 300,000; lift = 300,000 · (0.25 / 0.05 − 1) = 1,200,000.
    const report = run({ subject: totals(600, 60, 0, 0, 20), prior: totals(6000, 600, 120, 12_000_000, 200), benchmarks: org({ meetings_to_won: 0.25, deal_size: 100_000 }) });
    expect(report.modelRevenueMinor).toBeCloseTo(300_000, 4);
    expect(lever(report, "meetings_to_won").liftRevenueMinor).toBeCloseTo(1_200_000, 3);
    expect(lever(report, "meetings_to_won").actual).toBe(0);
    expect(lever(report, "deal_size")).toMatchObject({ actual: null, estimate: 100_000, status: "insufficient_data", liftRevenueMinor: 0 });
    expect(report.focus).toBe("meetings_to_won");
  });

  it("does not call a rep below benchmark when only the shrinkage toward a weaker team puts them there", () => {
    // 12 of 30 (40 %) against a 35 % benchmark; team at 10 %: Beta(2 + 12, 18 + 18) → 0.28, yet the rep is above.
    const report = run({ subject: totals(300, 30, 12, 1_200_000, 20), prior: totals(3000, 300, 30, 3_000_000, 200), benchmarks: org({ meetings_to_won: 0.35 }) });
    expect(lever(report, "meetings_to_won").estimate).toBeCloseTo(14 / 50, 12);
    expect(lever(report, "meetings_to_won")).toMatchObject({ status: "at_or_above_benchmark", liftRevenueMinor: 0, priority: 0 });
  });

  it("takes the prior's strength from the options", () => {
    // m = 100: Beta(30 + 1, 70 + 8) → 31/109.
    const report = run({ subject: totals(600, 9, 1, 100_000, 60), prior: totals(6000, 100, 30, 3_000_000, 600), priorStrength: 100 });
    expect(lever(report, "meetings_to_won").estimate).toBeCloseTo(31 / 109, 12);
  });
});

describe("computePriorities: labelled answers, never NaN", () => {
  const finite = (report: PriorityReport) => {
    expect(Number.isFinite(report.modelRevenueMinor)).toBe(true);
    for (const entry of report.levers) for (const value of [entry.liftRevenueMinor, entry.confidence, entry.priority, entry.sampleSize]) expect(Number.isFinite(value)).toBe(true);
  };

  it("handles no activity at all", () => {
    const report = run({ subject: totals(0, 0, 0, 0, 0), prior: totals(0, 0, 0, 0, 0), benchmarks: org({ volume: 50, dials_to_meetings: 0.1, meetings_to_won: 0.3, deal_size: 100_000 }) });
    finite(report);
    expect(report.levers.map((entry) => [entry.lever, entry.actual, entry.status])).toEqual([
      ["volume", null, "insufficient_data"],
      ["dials_to_meetings", null, "insufficient_data"],
      ["meetings_to_won", null, "insufficient_data"],
      ["deal_size", null, "insufficient_data"],
    ]);
    expect(report).toMatchObject({ focus: null, reason: "insufficient_data", modelRevenueMinor: 0 });
    expect(report.reasonText).toBe("Not enough data yet: no working days of activity in this window.");
  });

  it("labels a zero denominator insufficient_data and a missing benchmark no_benchmark", () => {
    const report = run({ subject: totals(600, 0, 0, 0, 20), prior: totals(6000, 600, 60, 6_000_000, 200), benchmarks: org({ meetings_to_won: 0.3 }) });
    finite(report);
    expect(lever(report, "meetings_to_won")).toMatchObject({ actual: null, sampleSize: 0, status: "insufficient_data", liftRevenueMinor: 0, confidence: 0 });
    expect(lever(report, "dials_to_meetings")).toMatchObject({ status: "no_benchmark", benchmark: null, benchmarkSource: null, liftRevenueMinor: 0 });
  });

  it("treats an unusable benchmark (zero, negative, NaN, infinite, null) as none", () => {
    const bad = { volume: { value: 0, source: "team" as const }, dials_to_meetings: { value: -0.1, source: "team" as const }, meetings_to_won: { value: Number.NaN, source: "team" as const }, deal_size: { value: Number.POSITIVE_INFINITY, source: "team" as const } };
    const report = run({ subject: totals(600, 60, 6, 600_000, 20), prior: totals(6000, 600, 60, 6_000_000, 200), benchmarks: bad });
    finite(report);
    for (const entry of report.levers) expect(entry).toMatchObject({ status: "no_benchmark", benchmark: null, liftRevenueMinor: 0 });
    expect(run({ subject: totals(600, 60, 6, 600_000, 20), prior: totals(6000, 600, 60, 6_000_000, 200), benchmarks: { volume: null } }).levers[0]?.status).toBe("no_benchmark");
  });

  it("clamps a later stage larger than the earlier one, and says so", () => {
    // 14 wins logged against 10 meetings (logging lag): read as 10 of 10.
    const report = run({ subject: totals(100, 10, 14, 1_400_000, 20), prior: totals(1000, 100, 30, 3_000_000, 200), benchmarks: org({ meetings_to_won: 0.3 }) });
    expect(lever(report, "meetings_to_won")).toMatchObject({ actual: 1, warnings: ["clamped"], status: "at_or_above_benchmark" });
    expect(report.warnings).toEqual(["meetings_to_won: clamped"]);
  });

  it("reads negative, NaN or infinite counts as zero", () => {
    const report = run({ subject: { stageCounts: { dials: -5, meetings: Number.NaN, won: Number.POSITIVE_INFINITY }, revenueMinor: Number.NaN, workingDays: -3 }, prior: totals(1000, 100, 30, 3_000_000, 200), benchmarks: org({ volume: 50, meetings_to_won: 0.3 }) });
    finite(report);
    expect(report.actualRevenueMinor).toBe(0);
    expect(report.reason).toBe("insufficient_data");
  });

  it("flags wins without revenue instead of calling them tiny deals", () => {
    const report = run({ subject: totals(600, 60, 6, 0, 20), prior: totals(6000, 600, 60, 6_000_000, 200), benchmarks: org({ deal_size: 100_000 }) });
    expect(lever(report, "deal_size")).toMatchObject({ actual: 0, status: "insufficient_data", warnings: ["no_revenue"] });
    expect(report.warnings).toEqual(["deal_size: no_revenue"]);
  });

  it("falls back to the defaults for unusable options", () => {
    const input = { subject: totals(600, 9, 1, 100_000, 60), prior: totals(6000, 100, 30, 3_000_000, 600), benchmarks: org({ meetings_to_won: 0.3 }) };
    expect(run({ ...input, priorStrength: Number.NaN })).toEqual(run(input));
    expect(run({ ...input, priorStrength: -1, confidenceThreshold: 2 })).toEqual(run(input));
  });
});

describe("computePriorities: why there is no focus", () => {
  const team = totals(6000, 1000, 290, 29_000_000, 200);

  it("says so when every lever is at or above its benchmark", () => {
    const report = run({ subject: totals(600, 100, 40, 4_000_000, 20), prior: team, benchmarks: org({ dials_to_meetings: 0.1, meetings_to_won: 0.3 }) });
    expect(report).toMatchObject({ focus: null, reason: "at_or_above_benchmark", reasonText: "No clear priority: every lever with enough data is at or above its benchmark." });
  });

  it("calls a gap with enough data but too little confidence uncertain", () => {
    // 10 of 40 against a team at 29 %: Beta(5.8 + 10, 14.2 + 30) = Beta(15.8, 44.2); I_0.3 = 0.749 < 0.8, and 40 ≥ 30 attempts.
    const input = { subject: totals(400, 40, 10, 1_000_000, 20), prior: team, benchmarks: org({ meetings_to_won: 0.3 }) };
    const report = run(input);
    expect(lever(report, "meetings_to_won").confidence).toBeCloseTo(0.7488884709095183, 10);
    expect(report).toMatchObject({ focus: null, reason: "uncertain", reasonText: "No clear priority: the biggest gap (Won / meetings) may be noise — 75 % sure, under the 80 % needed." });
    // A lower threshold lets it through.
    expect(run({ ...input, confidenceThreshold: 0.7 }).focus).toBe("meetings_to_won");
  });

  it("does not coach on fewer than 10 working days, however clear the numbers look", () => {
    const report = run({ subject: totals(500, 100, 5, 500_000, 5), prior: team, benchmarks: org({ meetings_to_won: 0.3 }) });
    expect(lever(report, "meetings_to_won").confidence).toBeGreaterThan(0.99);
    expect(report).toMatchObject({ focus: null, reason: "insufficient_data", reasonText: "Not enough data yet: 5 working days of activity in this window; coaching on the numbers starts at 10." });
  });

  it("cannot size a gap without any revenue won, by the rep or the team", () => {
    const report = run({ subject: totals(600, 100, 0, 0, 20), prior: totals(6000, 1000, 0, 0, 200), benchmarks: org({ meetings_to_won: 0.3 }) });
    expect(lever(report, "meetings_to_won")).toMatchObject({ status: "below_benchmark", liftRevenueMinor: 0 });
    expect(report).toMatchObject({ focus: null, reason: "insufficient_data", reasonText: "Not enough data yet: no revenue won, by you or the team, to put a value on the gaps." });
  });

  it("has nothing to compare without benchmarks", () => {
    const report = run({ subject: totals(600, 100, 30, 3_000_000, 20), prior: team });
    expect(report).toMatchObject({ focus: null, reason: "insufficient_data", reasonText: "Not enough data yet to compare any lever with a benchmark." });
  });
});

describe("computePriorities: funnels of any length", () => {
  it("works with a single stage (volume and deal size only) and with none", () => {
    const single = computePriorities({ stages: [{ key: "won", label: "Won" }], subject: { stageCounts: { won: 10 }, revenueMinor: 1_000_000, workingDays: 20 }, prior: { stageCounts: { won: 100 }, revenueMinor: 20_000_000, workingDays: 200 }, benchmarks: org({ deal_size: 200_000 }) });
    expect(single.levers.map((entry) => entry.lever)).toEqual(["volume", "deal_size"]);
    expect(single.focus).toBe("deal_size");
    const empty = computePriorities({ stages: [], subject: totals(1, 1, 1, 1, 20), prior: totals(1, 1, 1, 1, 20), benchmarks: {} });
    expect(empty).toMatchObject({ levers: [], focus: null, reason: "insufficient_data", modelRevenueMinor: 0 });
  });
});
