import { describe, expect, it } from "vitest";
import { percentile, resolveBenchmarks, type BenchmarkRecord } from "./benchmarks";
import { leversFor } from "./levers";
import type { ActivityTotals } from "./types";

const stages = [
  { key: "dials", label: "Dials" },
  { key: "won", label: "Won" },
];
const levers = leversFor(stages);
const rep = (dials: number, won: number, revenueMinor = won * 1000, workingDays = 20): ActivityTotals => ({ stageCounts: { dials, won }, revenueMinor, workingDays });
const resolve = (args: { teamId: string | null; asOf: string; records?: readonly BenchmarkRecord[]; teamRepTotals?: readonly ActivityTotals[]; minSample?: number }) =>
  resolveBenchmarks({ levers, stages, records: [], teamRepTotals: [], ...args });

describe("resolveBenchmarks: precedence and effective dates", () => {
  const records: BenchmarkRecord[] = [
    { lever: "dials_to_won", value: 0.1, effectiveFrom: "2026-01-01", teamId: null },
    { lever: "dials_to_won", value: 0.2, effectiveFrom: "2026-06-01", teamId: null },
    { lever: "dials_to_won", value: 0.3, effectiveFrom: "2026-03-01", teamId: "t1" },
    { lever: "dials_to_won", value: 0.35, effectiveFrom: "2026-09-01", teamId: "t1" },
    { lever: "volume", value: 80, effectiveFrom: "2026-01-01", teamId: "t2" },
  ];

  it("prefers the team's benchmark in force, then the organization's", () => {
    expect(resolve({ teamId: "t1", asOf: "2026-05-01", records }).dials_to_won).toEqual({ value: 0.3, source: "team" });
    expect(resolve({ teamId: "t1", asOf: "2026-10-01", records }).dials_to_won).toEqual({ value: 0.35, source: "team" });
    // Before the team's first record: the organization's in force then.
    expect(resolve({ teamId: "t1", asOf: "2026-02-01", records }).dials_to_won).toEqual({ value: 0.1, source: "organization" });
    expect(resolve({ teamId: "t2", asOf: "2026-07-01", records }).dials_to_won).toEqual({ value: 0.2, source: "organization" });
  });

  it("counts a record from its effective day on, not a day earlier", () => {
    expect(resolve({ teamId: "t1", asOf: "2026-08-31", records }).dials_to_won?.value).toBe(0.3);
    expect(resolve({ teamId: "t1", asOf: "2026-09-01", records }).dials_to_won?.value).toBe(0.35);
  });

  it("ignores records not yet in force and other teams' records", () => {
    expect(resolve({ teamId: "t1", asOf: "2025-12-31", records }).dials_to_won).toBeNull();
    expect(resolve({ teamId: "t1", asOf: "2026-07-01", records }).volume).toBeNull();
    expect(resolve({ teamId: "t2", asOf: "2026-07-01", records }).volume).toEqual({ value: 80, source: "team" });
  });

  it("uses only organization records for a view without a team", () => {
    expect(resolve({ teamId: null, asOf: "2026-10-01", records }).dials_to_won).toEqual({ value: 0.2, source: "organization" });
  });

  it("lets the later of two records on the same day win", () => {
    const sameDay: BenchmarkRecord[] = [
      { lever: "dials_to_won", value: 0.1, effectiveFrom: "2026-01-01", teamId: null },
      { lever: "dials_to_won", value: 0.15, effectiveFrom: "2026-01-01", teamId: null },
    ];
    expect(resolve({ teamId: null, asOf: "2026-02-01", records: sameDay }).dials_to_won?.value).toBe(0.15);
  });

  it("resolves every lever, null where there is nothing", () => {
    expect(Object.keys(resolve({ teamId: "t1", asOf: "2026-05-01", records }))).toEqual(["volume", "dials_to_won", "deal_size"]);
  });
});

describe("resolveBenchmarks: the team's top quartile", () => {
  it("takes the 75th percentile of reps with enough data, labelled so", () => {
    const reps = [rep(100, 10), rep(100, 20), rep(100, 30), rep(100, 40), rep(5, 5)];
    // 0.1, 0.2, 0.3, 0.4 (the 5-dial rep is under the minimum of 20): position 0.75 · 3 = 2.25 → 0.3 + 0.25 · 0.1 = 0.325.
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: reps }).dials_to_won).toEqual({ value: 0.325, source: "team_top_quartile", sampleSize: 4 });
  });

  it("needs at least two such reps", () => {
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: [rep(100, 10), rep(5, 1)] }).dials_to_won).toBeNull();
  });

  it("takes the minimum sample from the options, at most 5 won deals for deal size", () => {
    const reps = [rep(10, 1, 1000), rep(10, 2, 4000)];
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: reps }).dials_to_won).toBeNull();
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: reps, minSample: 10 }).dials_to_won).toMatchObject({ source: "team_top_quartile", sampleSize: 2 });
    // Deal size: 6 and 5 wins qualify under the default minimum (capped at 5 deals); averages 1,000 and 2,000 → 1,750.
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: [rep(100, 6, 6000), rep(100, 5, 10_000), rep(100, 4, 100_000)] }).deal_size).toEqual({ value: 1750, source: "team_top_quartile", sampleSize: 2 });
  });

  it("gives no benchmark when the top quartile is zero", () => {
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", teamRepTotals: [rep(100, 0), rep(100, 0)] }).dials_to_won).toBeNull();
  });

  it("never overrides a record", () => {
    const records: BenchmarkRecord[] = [{ lever: "dials_to_won", value: 0.5, effectiveFrom: "2026-01-01", teamId: null }];
    expect(resolve({ teamId: "t9", asOf: "2026-07-01", records, teamRepTotals: [rep(100, 10), rep(100, 20)] }).dials_to_won).toEqual({ value: 0.5, source: "organization" });
  });
});

describe("percentile", () => {
  it("interpolates linearly between order statistics", () => {
    expect(percentile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
    expect(percentile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentile([10, 20], 0.25)).toBeCloseTo(12.5, 12);
  });

  it("handles the edges", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 1)).toBe(3);
    expect(percentile([1, 2, 3], 1.5)).toBe(3);
    expect(percentile([1, 2, 3], -1)).toBe(1);
    expect(percentile([1, 2, 3], Number.NaN)).toBeNull();
    expect(percentile([Number.NaN, Number.POSITIVE_INFINITY], 0.5)).toBeNull();
    expect(percentile([Number.NaN, 5, 1], 0.5)).toBe(3);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});
