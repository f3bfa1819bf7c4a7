import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clamp01, logGamma, normalCdf, regularizedIncompleteBeta, regularizedLowerGamma } from "./stats";

// Reference values from SciPy 1.17 (special.betainc, special.gammainc, stats.norm.cdf, math.lgamma).

describe("logGamma", () => {
  it("matches known values", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(1e6) / 12815504.569147611).toBeCloseTo(1, 13);
    expect(logGamma(1e-8)).toBeCloseTo(18.42068073818021, 8);
    // Reflection: |Γ(−½)| = 2√π.
    expect(logGamma(-0.5)).toBeCloseTo(1.265512123484645, 12);
  });

  it("is NaN at the poles, not a huge number", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-3)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches known values", () => {
    // Beta(2, 3) CDF at ½: 11/16.
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 12);
    expect(regularizedIncompleteBeta(0.3, 3, 8)).toBeCloseTo(0.6172172136000003, 12);
    expect(regularizedIncompleteBeta(0.2, 8, 72)).toBeCloseTo(0.9939460039257083, 12);
    expect(regularizedIncompleteBeta(0.3, 15.8, 44.2)).toBeCloseTo(0.7488884709095183, 12);
    expect(regularizedIncompleteBeta(0.012, 50, 5000)).toBeCloseTo(0.9276050286780713, 10);
  });

  it("stays accurate where the large-sample approximation takes over", () => {
    expect(regularizedIncompleteBeta(0.252, 10_000, 30_000)).toBeCloseTo(0.822268833534189, 5);
    expect(regularizedIncompleteBeta(0.003, 6000, 2e6)).toBeCloseTo(0.593585718993531, 5);
  });

  it("has the closed forms I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (x, a) => {
        expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 12);
        expect(regularizedIncompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 10);
        expect(regularizedIncompleteBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 10);
      }),
    );
  });

  it("is a CDF: in [0, 1], symmetric (I_x(a, b) = 1 − I_(1−x)(b, a)) and non-decreasing in x, up to huge counts", () => {
    const shape = fc.oneof(fc.double({ min: 0.05, max: 100, noNaN: true }), fc.double({ min: 100, max: 1e5, noNaN: true }), fc.double({ min: 1e5, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), shape, shape, (x, step, a, b) => {
        const value = regularizedIncompleteBeta(x, a, b);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(value + regularizedIncompleteBeta(1 - x, b, a)).toBeCloseTo(1, 6);
        expect(regularizedIncompleteBeta(Math.min(1, x + step), a, b)).toBeGreaterThanOrEqual(value - 1e-9);
      }),
    );
  });

  it("handles the edges: 0 below the support, 1 above it, NaN for impossible shapes", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(-1, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(0.5, 0, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 2, -1)).toBeNaN();
    expect(regularizedIncompleteBeta(Number.NaN, 2, 3)).toBeNaN();
  });
});

describe("regularizedLowerGamma", () => {
  it("matches known values", () => {
    // P(1, x) = 1 − e^(−x); P(½, x) = erf(√x).
    expect(regularizedLowerGamma(1, 2)).toBeCloseTo(1 - Math.exp(-2), 13);
    expect(regularizedLowerGamma(0.5, 1)).toBeCloseTo(0.8427007929497151, 12);
    expect(regularizedLowerGamma(3, 3)).toBeCloseTo(0.5768099188731565, 12);
    expect(regularizedLowerGamma(30.5, 40)).toBeCloseTo(0.9481646213453068, 12);
    // Large shape: the Wilson–Hilferty branch.
    expect(regularizedLowerGamma(3000, 2950)).toBeCloseTo(0.18091121569372462, 5);
    expect(regularizedLowerGamma(900, 1200)).toBeCloseTo(1, 12);
  });

  it("is a CDF in x: in [0, 1] and non-decreasing, up to huge shapes", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), (a, ratio, step) => {
        const value = regularizedLowerGamma(a, a * ratio);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(regularizedLowerGamma(a, a * (ratio + step))).toBeGreaterThanOrEqual(value - 1e-9);
      }),
    );
  });

  it("handles the edges", () => {
    expect(regularizedLowerGamma(2, 0)).toBe(0);
    expect(regularizedLowerGamma(2, -1)).toBe(0);
    expect(regularizedLowerGamma(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedLowerGamma(0, 1)).toBeNaN();
  });
});

describe("normalCdf", () => {
  it("matches known values, tails included (relative error < 1e-6)", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3) / 0.0013498980316300933).toBeCloseTo(1, 6);
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 5);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
  });

  it("is symmetric and non-decreasing", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (z, step) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 7);
        expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
    );
  });
});

describe("clamp01", () => {
  it("clamps to [0, 1]", () => {
    expect(clamp01(-0.1)).toBe(0);
    expect(clamp01(0.4)).toBe(0.4);
    expect(clamp01(1.2)).toBe(1);
  });
});
