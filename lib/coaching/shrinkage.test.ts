import { describe, expect, it } from "vitest";
import { estimateDealSize, estimateRatio, estimateVolume, posteriorProbabilityBelow } from "./shrinkage";
import { normalCdf, regularizedIncompleteBeta, regularizedLowerGamma } from "./stats";

describe("estimateRatio (Beta–binomial)", () => {
  it("shrinks a thin rate toward the prior's pooled rate", () => {
    // 1 win of 9; team 30 of 100 → p = 0.3, m = 20: prior Beta(6, 14), posterior Beta(6 + 1, 14 + 8) = Beta(7, 22).
    const estimate = estimateRatio(9, 1, 100, 30, 20);
    expect(estimate.actual).toBeCloseTo(1 / 9, 12);
    expect(estimate.estimate).toBeCloseTo(7 / 29, 12);
    expect(estimate.posterior).toEqual({ family: "beta", alpha: 7, beta: 22 });
    expect(estimate.sampleSize).toBe(9);
    expect(estimate.warnings).toEqual([]);
  });

  it("lets plenty of data speak for itself", () => {
    // 100 of 1000 against a team at 30 %: (6 + 100) / (20 + 1000) = 0.1039.
    expect(estimateRatio(1000, 100, 100, 30, 20).estimate).toBeCloseTo(106 / 1020, 12);
  });

  it("falls back to a uniform Beta(1, 1) when the prior has no trials", () => {
    // 3 of 10: Beta(1 + 3, 1 + 7) = Beta(4, 8), mean 1/3.
    const estimate = estimateRatio(10, 3, 0, 0, 20);
    expect(estimate.posterior).toEqual({ family: "beta", alpha: 4, beta: 8 });
    expect(estimate.estimate).toBeCloseTo(1 / 3, 12);
  });

  it("clamps a prior rate of 0 or 1 so the prior stays a proper Beta", () => {
    // Team 0 of 50 → p = 0.001: Beta(0.02, 19.98).
    const none = estimateRatio(0, 0, 50, 0, 20);
    expect(none.posterior).toEqual({ family: "beta", alpha: 20 * 0.001, beta: 20 * 0.999 });
    // Team 50 of 50 → p = 0.999.
    expect(estimateRatio(0, 0, 50, 50, 20).estimate).toBeCloseTo(0.999, 12);
  });

  it("clamps a later stage larger than the earlier one (logging lag) and warns", () => {
    // 14 wins of 10 meetings: read as 10 of 10.
    const estimate = estimateRatio(10, 14, 100, 30, 20);
    expect(estimate.actual).toBe(1);
    expect(estimate.warnings).toEqual(["clamped"]);
    expect(estimate.posterior).toEqual({ family: "beta", alpha: 16, beta: 14 });
  });

  it("reports no raw value for zero trials but still has the prior's estimate", () => {
    const estimate = estimateRatio(0, 0, 100, 30, 20);
    expect(estimate.actual).toBeNull();
    expect(estimate.estimate).toBeCloseTo(0.3, 12);
    expect(estimate.sampleSize).toBe(0);
  });
});

describe("estimateVolume (Gamma–Poisson)", () => {
  it("shrinks the daily rate toward the prior's with 10 pseudo-days", () => {
    // 200 dials in 5 days (40 a day); team 50 a rep-day: Gamma(10 · 50 + 200, 10 + 5) = Gamma(700, 15), mean 46.67.
    const estimate = estimateVolume(200, 5, 5000, 100, 10);
    expect(estimate.actual).toBe(40);
    expect(estimate.estimate).toBeCloseTo(700 / 15, 12);
    expect(estimate.posterior).toEqual({ family: "gamma", shape: 700, rate: 15 });
    expect(estimate.sampleSize).toBe(5);
  });

  it("uses Jeffreys' Gamma(½, 0) without prior activity", () => {
    // 100 dials in 10 days: Gamma(100.5, 10), mean 10.05.
    expect(estimateVolume(100, 10, 0, 0, 10).estimate).toBeCloseTo(10.05, 12);
  });

  it("has no estimate with neither days nor a prior", () => {
    const estimate = estimateVolume(0, 0, 0, 0, 10);
    expect(estimate.actual).toBeNull();
    expect(estimate.estimate).toBeNull();
    expect(estimate.posterior).toEqual({ family: "none" });
  });
});

describe("estimateDealSize", () => {
  it("shrinks the average toward the prior's with weight n / (n + 5)", () => {
    // 3 deals, $30,000 in all ($10,000 average); team average $20,000: (3 · 10,000 + 5 · 20,000) / 8 = $16,250.
    const estimate = estimateDealSize(3, 3_000_000, 10, 20_000_000, 5);
    expect(estimate.actual).toBe(1_000_000);
    expect(estimate.estimate).toBeCloseTo(1_625_000, 6);
    // Spread on the log scale: 1 / √(3 + 5).
    expect(estimate.posterior).toEqual({ family: "log_normal", center: 1_625_000, logSd: 1 / Math.sqrt(8) });
  });

  it("takes its own average without a prior, and the prior's without deals", () => {
    expect(estimateDealSize(4, 400, 0, 0, 5).estimate).toBe(100);
    const none = estimateDealSize(0, 0, 10, 20_000_000, 5);
    expect(none.actual).toBeNull();
    expect(none.estimate).toBe(2_000_000);
    expect(estimateDealSize(0, 0, 0, 0, 5).posterior).toEqual({ family: "none" });
  });

  it("flags wins without revenue as unusable data, not as tiny deals", () => {
    const estimate = estimateDealSize(4, 0, 10, 20_000_000, 5);
    expect(estimate.unusable).toBe(true);
    expect(estimate.warnings).toEqual(["no_revenue"]);
    // The model still runs at the team's average.
    expect(estimate.estimate).toBe(2_000_000);
  });
});

describe("posteriorProbabilityBelow", () => {
  it("reads each posterior's CDF at the benchmark", () => {
    expect(posteriorProbabilityBelow({ family: "beta", alpha: 7, beta: 22 }, 0.3)).toBe(regularizedIncompleteBeta(0.3, 7, 22));
    // P(λ < 50) for Gamma(700, rate 15) = P(700, 15 · 50).
    expect(posteriorProbabilityBelow({ family: "gamma", shape: 700, rate: 15 }, 50)).toBe(regularizedLowerGamma(700, 750));
    // Φ(ln(1.5) · √11) = 0.9107.
    expect(posteriorProbabilityBelow({ family: "log_normal", center: 100, logSd: 1 / Math.sqrt(11) }, 150)).toBeCloseTo(normalCdf(Math.log(1.5) * Math.sqrt(11)), 12);
    expect(posteriorProbabilityBelow({ family: "log_normal", center: 100, logSd: 1 / Math.sqrt(11) }, 150)).toBeCloseTo(0.9106511486397213, 9);
  });

  it("is 0 without a posterior or a positive benchmark", () => {
    expect(posteriorProbabilityBelow({ family: "none" }, 0.3)).toBe(0);
    expect(posteriorProbabilityBelow({ family: "beta", alpha: 7, beta: 22 }, 0)).toBe(0);
    expect(posteriorProbabilityBelow({ family: "beta", alpha: 7, beta: 22 }, Number.NaN)).toBe(0);
  });
});
