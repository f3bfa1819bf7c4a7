import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { newOverAllocations, overAllocatedBy, splitByWeights, splitEvenly, splitGoal, splitUnit } from "./allocate";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("splitting a goal", () => {
  it("splits evenly in whole currency units when the goal is a whole amount", () => {
    // $250,000 over three teams: $83,334 + $83,333 + $83,333.
    expect(splitEvenly(25_000_000, 3, splitUnit(25_000_000, 2))).toEqual([8_333_400, 8_333_300, 8_333_300]);
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(100, 0)).toEqual([]);
  });

  it("splits in proportion to last period's results, and refuses when there are none", () => {
    expect(splitByWeights(1_000, [300, 100, 0])).toEqual([750, 250, 0]);
    expect(splitGoal("proportional", 1_000, [0, 0])).toBeNull();
    expect(splitGoal("even", 1_000, [0, 0])).toEqual([500, 500]);
  });

  it("always adds up to the goal exactly, never negative, and gives nothing to a zero weight", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 4) }),
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(1, 100),
        (total, weights, unit) => {
          const shares = splitByWeights(total, weights, unit);
          if (!weights.some((weight) => weight > 0)) {
            expect(shares).toBeNull();
            return;
          }
          expect(shares).not.toBeNull();
          expect(sum(shares ?? [])).toBe(total);
          shares?.forEach((share, index) => {
            expect(share).toBeGreaterThanOrEqual(0);
            if (weights[index] === 0) expect(share).toBe(0);
          });
        },
      ),
    );
  });

  it("makes even shares differ by at most one unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 60 }), (total, count) => {
        const unit = splitUnit(total, 2);
        const shares = splitEvenly(total, count, unit);
        expect(sum(shares)).toBe(total);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(unit);
      }),
    );
  });
});

describe("over-allocation", () => {
  it("is what is allocated beyond the goal, and nothing without a goal", () => {
    expect(overAllocatedBy({ goalMinor: 100, allocatedMinor: 130 })).toBe(30);
    expect(overAllocatedBy({ goalMinor: 100, allocatedMinor: 90 })).toBe(0);
    expect(overAllocatedBy({ goalMinor: null, allocatedMinor: 90 })).toBe(0);
  });

  it("flags a change that creates or deepens an over-allocation, not one that reduces it", () => {
    const before = [
      { scope: "organization", name: "Acme", goalMinor: 100, allocatedMinor: 90 },
      { scope: "t1", name: "East", goalMinor: 50, allocatedMinor: 70 },
    ];
    expect(newOverAllocations(before, [{ ...before[0]!, allocatedMinor: 120 }])).toEqual([{ ...before[0], allocatedMinor: 120, overMinor: 20 }]);
    expect(newOverAllocations(before, [{ ...before[1]!, allocatedMinor: 60 }])).toEqual([]);
    expect(newOverAllocations(before, [{ ...before[1]!, allocatedMinor: 71 }]).map((scope) => scope.overMinor)).toEqual([21]);
  });
});
