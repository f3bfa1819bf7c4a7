import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCoachingTime, cadenceForMinutes, COACHING_TIME_DEFAULTS, type CoachingTimeRep } from "./coaching-time";

const STEP = COACHING_TIME_DEFAULTS.stepMinutes;
const FLOOR = COACHING_TIME_DEFAULTS.newRepFloorMinutes;

const anyStake = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
);
const anyReps = fc.array(fc.record({ stakeTimesConfidence: anyStake, isNew: fc.boolean() }), { minLength: 1, maxLength: 14 }).map((reps): CoachingTimeRep[] => reps.map((rep, index) => ({ repId: `rep-${index}`, ...rep })));
/** Capacities the settings form accepts: whole steps up to 100 hours. */
const anyCapacity = fc.integer({ min: 0, max: 1200 }).map((steps) => steps * STEP);
const floorsOf = (reps: readonly CoachingTimeRep[]) => reps.filter((rep) => rep.isNew).length * FLOOR;
const minutesOf = (plan: ReturnType<typeof allocateCoachingTime>) => plan.allocations.map((entry) => entry.minutes);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("allocateCoachingTime", () => {
  it("spends exactly the capacity, in whole steps, whenever there are reps", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, (capacity, reps) => {
        const plan = allocateCoachingTime(capacity, reps);
        expect(sum(minutesOf(plan))).toBe(capacity);
        for (const minutes of minutesOf(plan)) expect(minutes % STEP).toBe(0);
      }),
    );
  });

  it("gives every new rep at least the floor when the capacity covers the floors", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, (capacity, reps) => {
        fc.pre(capacity >= floorsOf(reps));
        const plan = allocateCoachingTime(capacity, reps);
        expect(plan.floorsUncovered).toBe(false);
        reps.forEach((rep, index) => {
          if (rep.isNew) expect(plan.allocations[index]?.minutes).toBeGreaterThanOrEqual(FLOOR);
        });
      }),
    );
  });

  it("when the floors are not covered, shares the capacity among the new reps only and says so", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, (capacity, reps) => {
        fc.pre(capacity < floorsOf(reps));
        const plan = allocateCoachingTime(capacity, reps);
        expect(plan.floorsUncovered).toBe(true);
        expect(plan.shortfallMinutes).toBeGreaterThan(0);
        reps.forEach((rep, index) => {
          if (!rep.isNew) expect(plan.allocations[index]?.minutes).toBe(0);
        });
      }),
    );
  });

  it("never gives a rep fewer minutes because their stake × confidence rose", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, fc.nat(), fc.integer({ min: 1, max: 50_000_000 }), (capacity, reps, pick, raise) => {
        const index = pick % reps.length;
        const before = allocateCoachingTime(capacity, reps).allocations[index]?.minutes ?? 0;
        const raised = reps.map((rep, position) => (position === index ? { ...rep, stakeTimesConfidence: rep.stakeTimesConfidence + raise } : rep));
        const after = allocateCoachingTime(capacity, raised).allocations[index]?.minutes ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("gives the larger stake at least as much as a smaller one among reps equally new", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, (capacity, reps) => {
        const plan = allocateCoachingTime(capacity, reps);
        reps.forEach((a, i) =>
          reps.forEach((b, j) => {
            if (a.isNew === b.isNew && a.stakeTimesConfidence > b.stakeTimesConfidence) {
              expect(plan.allocations[i]?.minutes ?? 0).toBeGreaterThanOrEqual(plan.allocations[j]?.minutes ?? 0);
            }
          }),
        );
      }),
    );
  });

  it("reports a shortfall exactly when the team needs more than the capacity", () => {
    fc.assert(
      fc.property(anyCapacity, anyReps, (capacity, reps) => {
        const plan = allocateCoachingTime(capacity, reps);
        expect(plan.shortfallMinutes).toBe(Math.max(0, plan.neededMinutes - capacity));
      }),
    );
  });

  it("splits a worked example by stake after the new rep's floor", () => {
    const plan = allocateCoachingTime(120, [
      { repId: "big", stakeTimesConfidence: 3_000_000, isNew: false },
      { repId: "small", stakeTimesConfidence: 1_000_000, isNew: false },
      { repId: "new", stakeTimesConfidence: 0, isNew: true },
      { repId: "at-benchmark", stakeTimesConfidence: 0, isNew: false },
    ]);
    // 30 for the new rep, then 90 split 3:1 → 67.5/22.5 in 5-minute steps.
    expect(plan.allocations.map((entry) => [entry.repId, entry.minutes])).toEqual([
      ["big", 70],
      ["small", 20],
      ["new", 30],
      ["at-benchmark", 0],
    ]);
    expect(plan.neededMinutes).toBe(90);
    expect(plan.shortfallMinutes).toBe(0);
    expect(plan.allocations.map((entry) => entry.suggestedCadence)).toEqual(["WEEKLY", "BIWEEKLY", "WEEKLY", "MONTHLY"]);
  });

  it("splits evenly when no rep has anything at stake", () => {
    const reps = ["a", "b", "c"].map((repId) => ({ repId, stakeTimesConfidence: 0, isNew: false }));
    expect(minutesOf(allocateCoachingTime(90, reps))).toEqual([30, 30, 30]);
  });

  it("notes the shortfall when the team needs more than the capacity", () => {
    const reps = ["a", "b", "c", "d"].map((repId) => ({ repId, stakeTimesConfidence: 1000, isNew: false }));
    const plan = allocateCoachingTime(60, reps);
    expect(plan.neededMinutes).toBe(120);
    expect(plan.shortfallMinutes).toBe(60);
  });
});

describe("cadenceForMinutes", () => {
  it("turns a week's minutes into the cadence they pay for", () => {
    expect(cadenceForMinutes(45, 30)).toBe("WEEKLY");
    expect(cadenceForMinutes(15, 30)).toBe("BIWEEKLY");
    expect(cadenceForMinutes(10, 30)).toBe("MONTHLY");
    expect(cadenceForMinutes(0, 30)).toBe("MONTHLY");
  });
});
