import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  differenceInDifferences,
  experimentRecord,
  judgeExperiment,
  moveRates,
  reachedExpectation,
  scoreCommitment,
  type BeforeAfter,
  type LeverCounts,
} from "./experiments";
import type { LeverKind } from "./levers";
import { formatLeverChange } from "@/lib/format";

const ratio = (successes: number, attempts: number): LeverCounts => ({ numerator: successes, denominator: attempts });
const pair = (before: LeverCounts, after: LeverCounts): BeforeAfter => ({ before, after });
// Comparable reps who did not change: 10 % before and after over 500 attempts, with a little spread.
const flat = [pair(ratio(50, 500), ratio(50, 500)), pair(ratio(60, 500), ratio(61, 500)), pair(ratio(40, 500), ratio(39, 500))];

const anyKind = fc.constantFrom<LeverKind>("ratio", "volume", "deal_size");
const anyCounts = fc.record({ numerator: fc.integer({ min: 0, max: 5_000 }), denominator: fc.integer({ min: 0, max: 5_000 }) });
const anyRatioCounts = fc.integer({ min: 0, max: 5_000 }).chain((denominator) => fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }));
const anyPair = fc.record({ before: anyCounts, after: anyCounts });

describe("differenceInDifferences", () => {
  it("is the rep's change minus the comparable reps' mean change, with n on each side", () => {
    const result = differenceInDifferences("ratio", pair(ratio(45, 1000), ratio(80, 1000)), flat);
    expect(result.status).toBe("measured");
    expect(result.rep.change).toBeCloseTo(0.035, 10);
    expect(result.comparable.reps).toBe(3);
    expect(result.comparable.meanChange).toBeCloseTo(0, 10);
    expect(result.effect).toBeCloseTo(0.035, 10);
    expect(result.interval?.low).toBeGreaterThan(0);
    expect(result.relativeEffect).toBeCloseTo(0.035 / 0.045, 10);
  });

  it("says not enough data below the minimum sample or with fewer than three comparable reps", () => {
    expect(differenceInDifferences("ratio", pair(ratio(2, 29), ratio(80, 1000)), flat).status).toBe("not_enough_data");
    expect(differenceInDifferences("ratio", pair(ratio(45, 1000), ratio(80, 1000)), flat.slice(0, 2)).status).toBe("not_enough_data");
    // A comparable rep below the minimum on one side is left out.
    const thin = [...flat.slice(0, 2), pair(ratio(1, 10), ratio(5, 500))];
    expect(differenceInDifferences("ratio", pair(ratio(45, 1000), ratio(80, 1000)), thin).comparable.reps).toBe(2);
  });

  it("property: the effect is exactly the difference of the changes, inside its interval, never NaN", () => {
    fc.assert(
      fc.property(anyKind, anyPair, fc.array(anyPair, { maxLength: 8 }), (kind, rep, comparables) => {
        const result = differenceInDifferences(kind, rep, comparables);
        if (result.status === "not_enough_data") {
          expect(result.effect).toBeNull();
          expect(result.interval).toBeNull();
          return;
        }
        expect(result.comparable.reps).toBeGreaterThanOrEqual(3);
        expect(Number.isFinite(result.effect)).toBe(true);
        expect(result.effect).toBeCloseTo((result.rep.change ?? Number.NaN) - (result.comparable.meanChange ?? Number.NaN), 6);
        expect(result.interval!.low).toBeLessThanOrEqual(result.effect!);
        expect(result.interval!.high).toBeGreaterThanOrEqual(result.effect!);
      }),
    );
  });

  it("property: a rep who did exactly what the comparable reps did has no effect, and zero is in the interval", () => {
    fc.assert(
      fc.property(anyRatioCounts, anyRatioCounts, fc.integer({ min: 3, max: 6 }), (before, after, copies) => {
        const same = pair(before, after);
        const result = differenceInDifferences("ratio", same, Array.from({ length: copies }, () => same));
        if (result.status === "not_enough_data") return;
        expect(result.effect).toBeCloseTo(0, 12);
        expect(result.interval!.low).toBeLessThanOrEqual(1e-12);
        expect(result.interval!.high).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it("property: more of the same data on the rep's side never widens the interval", () => {
    fc.assert(
      fc.property(anyRatioCounts, anyRatioCounts, fc.integer({ min: 2, max: 10 }), (before, after, factor) => {
        const small = differenceInDifferences("ratio", pair(before, after), flat);
        const large = differenceInDifferences("ratio", pair(ratio(before.numerator * factor, before.denominator * factor), ratio(after.numerator * factor, after.denominator * factor)), flat);
        if (small.status !== "measured") return;
        expect(large.status).toBe("measured");
        expect(large.effect).toBeCloseTo(small.effect!, 9);
        expect(large.interval!.high - large.interval!.low).toBeLessThanOrEqual(small.interval!.high - small.interval!.low + 1e-12);
      }),
    );
  });
});

describe("judgeExperiment", () => {
  const base = { kind: "ratio" as const, expectedFrom: 0.045, expectedTo: 0.07, reviewOn: "2026-11-01", comparables: flat };

  it("waits for the review date", () => {
    expect(judgeExperiment({ ...base, asOf: "2026-10-31", rep: pair(ratio(45, 1000), ratio(80, 1000)) }).status).toBe("pending");
  });

  it("meets its expectation when the lever over the plan reaches the expected value, and says by how much against comparable reps", () => {
    const verdict = judgeExperiment({ ...base, asOf: "2026-11-01", rep: pair(ratio(45, 1000), ratio(80, 1000)), sampleNoun: "dials" });
    expect(verdict.status).toBe("met");
    expect(verdict.reasonText).toContain("Met: 8 % over 1000 dials");
    expect(verdict.reasonText).toContain("n = 3");
    expect(verdict.reasonText).toContain("effect +3.5 pts");
  });

  it("does not meet it below the expected value, and is not judged below the minimum sample", () => {
    expect(judgeExperiment({ ...base, asOf: "2026-12-01", rep: pair(ratio(45, 1000), ratio(50, 1000)) }).status).toBe("not_met");
    const thin = judgeExperiment({ ...base, asOf: "2026-12-01", rep: pair(ratio(45, 1000), ratio(5, 20)) });
    expect(thin.status).toBe("not_enough_data");
    expect(thin.reasonText).toContain("30 needed");
  });

  it("property: met exactly when the value over the plan reaches the expectation in its direction", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), anyRatioCounts, (from, to, after) => {
        const verdict = judgeExperiment({ ...base, expectedFrom: from, expectedTo: to, asOf: "2026-11-02", rep: pair(ratio(45, 1000), after) });
        if (after.denominator < 30) {
          expect(verdict.status).toBe("not_enough_data");
          return;
        }
        const value = after.numerator / after.denominator;
        expect(verdict.status).toBe(reachedExpectation(from, to, value) ? "met" : "not_met");
      }),
    );
  });
});

describe("experimentRecord", () => {
  it("counts run, judged and met; averages the relative effect where measured", () => {
    const met = judgeExperiment({ kind: "ratio", expectedFrom: 0.045, expectedTo: 0.07, reviewOn: "2026-11-01", asOf: "2026-12-01", rep: pair(ratio(45, 1000), ratio(80, 1000)), comparables: flat });
    const missed = judgeExperiment({ kind: "ratio", expectedFrom: 0.1, expectedTo: 0.2, reviewOn: "2026-11-01", asOf: "2026-12-01", rep: pair(ratio(100, 1000), ratio(100, 1000)), comparables: flat });
    const pending = { ...met, status: "pending" as const };
    const record = experimentRecord([met, missed, pending]);
    expect(record).toMatchObject({ run: 2, judged: 2, met: 1, metShare: 0.5, effectSample: 2 });
    expect(record.averageEffect).toBeCloseTo(((met.comparison.relativeEffect ?? 0) + (missed.comparison.relativeEffect ?? 0)) / 2, 10);
    expect(experimentRecord([])).toMatchObject({ run: 0, metShare: null, averageEffect: null });
  });
});

describe("scoreCommitment", () => {
  const input = { kind: "ratio" as const, horizonEnd: "2026-11-14", comparables: flat, label: "Conversations / dials" };

  it("is pending until the horizon has passed", () => {
    expect(scoreCommitment({ ...input, asOf: "2026-11-14", rep: pair(ratio(45, 1000), ratio(80, 400)) }).status).toBe("pending");
  });

  it("moved when above the rep's own baseline and ahead of comparable reps", () => {
    const outcome = scoreCommitment({ ...input, asOf: "2026-11-15", rep: pair(ratio(45, 1000), ratio(32, 400)) });
    expect(outcome).toMatchObject({ status: "moved", aboveOwnBaseline: true, aheadOfComparables: true });
    expect(outcome.reasonText).toContain("4.5 % → 8 %");
  });

  it("did not move when the rep's lever fell, and is never scored on too little data", () => {
    expect(scoreCommitment({ ...input, asOf: "2026-11-15", rep: pair(ratio(45, 1000), ratio(10, 400)) }).status).toBe("not_moved");
    expect(scoreCommitment({ ...input, asOf: "2026-11-15", rep: pair(ratio(45, 1000), ratio(3, 20)) }).status).toBe("not_enough_data");
  });

  it("property: moved implies the rep's change is positive and beats the comparable reps' mean", () => {
    fc.assert(
      fc.property(anyKind, anyPair, fc.array(anyPair, { maxLength: 6 }), (kind, rep, comparables) => {
        const outcome = scoreCommitment({ kind, horizonEnd: "2026-11-14", asOf: "2026-11-20", rep, comparables });
        if (outcome.status !== "moved") return;
        expect(outcome.comparison.rep.change!).toBeGreaterThan(0);
        expect(outcome.comparison.rep.change!).toBeGreaterThan(outcome.comparison.comparable.meanChange!);
      }),
    );
  });
});

describe("moveRates and formatLeverChange", () => {
  it("counts only scored outcomes per key", () => {
    const rates = moveRates([
      { key: "play", status: "moved" },
      { key: "play", status: "not_moved" },
      { key: "play", status: "not_enough_data" },
      { key: "other", status: "pending" },
    ]);
    expect(rates.get("play")).toEqual({ scored: 2, moved: 1, share: 0.5 });
    expect(rates.has("other")).toBe(false);
  });

  it("property: per key, moved ≤ scored = moved + missed, and the share is moved / scored", () => {
    const status = fc.constantFrom("pending", "not_enough_data", "moved", "not_moved", "met", "not_met") as fc.Arbitrary<"pending" | "not_enough_data" | "moved" | "not_moved" | "met" | "not_met">;
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.constantFrom("a", "b", "c"), status })), (outcomes) => {
        for (const [key, rate] of moveRates(outcomes)) {
          const mine = outcomes.filter((outcome) => outcome.key === key);
          expect(rate.moved).toBe(mine.filter((outcome) => outcome.status === "moved" || outcome.status === "met").length);
          expect(rate.scored).toBe(rate.moved + mine.filter((outcome) => outcome.status === "not_moved" || outcome.status === "not_met").length);
          expect(rate.share).toBeCloseTo(rate.moved / rate.scored, 12);
        }
      }),
    );
  });

  it("signs a change in the lever's units", () => {
    expect(formatLeverChange("ratio", 0.018)).toBe("+1.8 pts");
    expect(formatLeverChange("volume", -3)).toBe("−3.0 a day");
    expect(formatLeverChange("ratio", null)).toBe("no data");
  });
});
