import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calibrationFlag, probabilityBelow, sampleValue, type LeverSample } from "./calibration";
import { percentile } from "./benchmarks";

// Six reps' close rates: quartiles 16.25 % / 22.5 % (median) / 28.75 %.
const PEERS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35];
const ratio = (successes: number, attempts: number): LeverSample => ({ kind: "ratio", numerator: successes, denominator: attempts });
const flag = (score: number | null, sample: LeverSample, peerValues: readonly number[] = PEERS) =>
  calibrationFlag({ score, sample, peerValues, label: "Won / proposals", currency: "USD" });

describe("calibration flag, by hand", () => {
  it("flags a 4 or 5 on a rep confidently in the organization's bottom quartile", () => {
    // 8 of 100: Beta(9, 93) is almost surely below the 22.5 % median.
    const high = flag(4, ratio(8, 100));
    expect(high?.direction).toBe("score_above_data");
    expect(high?.quartileBound).toBeCloseTo(0.1625, 10);
    expect(high?.median).toBeCloseTo(0.225, 10);
    expect(high?.confidence).toBeGreaterThan(0.99);
    expect(high?.reasonText).toBe(
      "Scored 4 of 5, but Won / proposals is 8 % (n = 100): in the organization's bottom quartile (at or below 16.3 %), 100 % sure it is below the median of 22.5 %.",
    );
    expect(flag(5, ratio(8, 100))?.direction).toBe("score_above_data");
  });

  it("flags a 1 or 2 on a rep confidently in the top quartile", () => {
    const low = flag(2, ratio(40, 100));
    expect(low?.direction).toBe("score_below_data");
    expect(low?.quartileBound).toBeCloseTo(0.2875, 10);
    expect(low?.reasonText).toMatch(/^Scored 2 of 5, but Won \/ proposals is 40 % \(n = 100\): in the organization's top quartile/);
    expect(flag(1, ratio(40, 100))?.direction).toBe("score_below_data");
  });

  it("does not flag a score that agrees with the data, a middle score, or 'not observed'", () => {
    expect(flag(2, ratio(8, 100))).toBeNull();
    expect(flag(5, ratio(40, 100))).toBeNull();
    expect(flag(3, ratio(8, 100))).toBeNull();
    expect(flag(3, ratio(40, 100))).toBeNull();
    expect(flag(null, ratio(8, 100))).toBeNull();
  });

  it("does not flag a small sample: 0 of 4 is in the bottom quartile but only 72 % sure to be below the median", () => {
    // P(p < 0.225 | Beta(1, 5)) = 1 − 0.775^5 ≈ 0.72.
    expect(probabilityBelow(ratio(0, 4), 0.225)).toBeCloseTo(1 - 0.775 ** 5, 8);
    expect(flag(5, ratio(0, 4))).toBeNull();
    // With 20 attempts and none won it is sure enough.
    expect(flag(5, ratio(0, 20))?.direction).toBe("score_above_data");
  });

  it("needs enough peers for quartiles and data for the rep", () => {
    expect(flag(5, ratio(8, 100), [0.2, 0.3, 0.4])).toBeNull();
    expect(flag(5, ratio(0, 0))).toBeNull();
  });

  it("works on volume and deal size too", () => {
    const days = (count: number, workingDays: number): LeverSample => ({ kind: "volume", numerator: count, denominator: workingDays });
    // 20 dials a day over 60 days against peers at 30–60 a day.
    expect(calibrationFlag({ score: 4, sample: days(1200, 60), peerValues: [30, 40, 50, 60], label: "Dials per day", currency: "USD" })?.reasonText).toMatch(
      /Dials per day is 20\/day/,
    );
    const deals = (revenueMinor: number, won: number): LeverSample => ({ kind: "deal_size", numerator: revenueMinor, denominator: won });
    const peers = [2_000_000, 3_000_000, 4_000_000, 5_000_000];
    // $10k average over 30 deals against a $35k median: a log gap of 1.25 with a standard error of 0.18.
    expect(calibrationFlag({ score: 5, sample: deals(30_000_000, 30), peerValues: peers, label: "Average deal size", currency: "USD" })?.direction).toBe(
      "score_above_data",
    );
    // One $20k deal against the same peers: only 71 % sure, not enough to say.
    expect(calibrationFlag({ score: 5, sample: deals(2_000_000, 1), peerValues: peers, label: "Average deal size", currency: "USD" })).toBeNull();
  });
});

const sampleArbitrary = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([a, b]) => ratio(Math.min(a, b), Math.max(a, b))),
  fc
    .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 120 }))
    .map(([count, days]): LeverSample => ({ kind: "volume", numerator: count, denominator: days })),
  fc
    .tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 40 }))
    .map(([revenue, won]): LeverSample => ({ kind: "deal_size", numerator: revenue, denominator: won })),
);

describe("calibration flag, properties", () => {
  it("only ever flags a high score in the bottom quartile or a low score in the top quartile, with the confidence it states", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        sampleArbitrary,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 12 }),
        (score, sample, rawPeers) => {
          const scale = sample.kind === "ratio" ? 1 : sample.kind === "volume" ? 80 : 6_000_000;
          const peers = rawPeers.map((value) => value * scale);
          const result = calibrationFlag({ score, sample, peerValues: peers, label: "Lever", currency: "USD" });
          if (!result) return;
          const value = sampleValue(sample);
          expect(value).not.toBeNull();
          expect(peers.length).toBeGreaterThanOrEqual(4);
          expect(result.confidence).toBeGreaterThanOrEqual(0.8);
          expect(result.confidence).toBeLessThanOrEqual(1);
          if (result.direction === "score_above_data") {
            expect(score).toBeGreaterThanOrEqual(4);
            expect(value).toBeLessThanOrEqual(percentile(peers, 0.25) ?? -1);
          } else {
            expect(score).toBeLessThanOrEqual(2);
            expect(value).toBeGreaterThanOrEqual(percentile(peers, 0.75) ?? Infinity);
          }
        },
      ),
    );
  });

  it("never flags 'not observed' or a 3", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, 3),
        sampleArbitrary,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 12 }),
        (score, sample, peers) => {
          expect(calibrationFlag({ score, sample, peerValues: peers, label: "Lever", currency: "USD" })).toBeNull();
        },
      ),
    );
  });

  it("gives a probability that rises with the threshold", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (sample, a, b) => {
        const scale = sample.kind === "ratio" ? 1 : sample.kind === "volume" ? 80 : 6_000_000;
        const [low, high] = a < b ? [a * scale, b * scale] : [b * scale, a * scale];
        const atLow = probabilityBelow(sample, low);
        const atHigh = probabilityBelow(sample, high);
        if (sample.denominator === 0) {
          expect(atLow).toBeNull();
          return;
        }
        expect(atLow).not.toBeNull();
        expect(atLow ?? 0).toBeGreaterThanOrEqual(0);
        expect(atHigh ?? 0).toBeLessThanOrEqual(1);
        expect(atHigh ?? 0).toBeGreaterThanOrEqual((atLow ?? 0) - 1e-9);
      }),
    );
  });
});
