import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cumulativeValue, evaluatePlan, expectedOnPath, leverIncrement, type PlanPeriod, type PlanRules } from "./plan-status";

// A closing plan: 10 % baseline, 25 % target, 90 days from 2026-01-05 (a Monday) to 2026-04-05.
const PLAN = { kind: "ratio" as const, baseline: 0.1, target: 0.25, startedOn: "2026-01-05", targetDate: "2026-04-05" };
const week = (index: number, won: number, proposals: number): PlanPeriod => {
  const from = new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(2026, 0, 11 + 7 * index)).toISOString().slice(0, 10);
  return { from, to, numerator: won, denominator: proposals };
};
const evaluate = (periods: PlanPeriod[], asOf: string, overrides: Partial<PlanRules> = {}) =>
  evaluatePlan({ ...PLAN, asOf, periods, sampleNoun: "proposals", ...overrides });

describe("plan status, by hand", () => {
  it("is 'not enough data' below 30 proposals, whatever the rate", () => {
    const result = evaluate([week(0, 5, 10), week(1, 5, 10)], "2026-01-18");
    expect(result.status).toBe("insufficient_data");
    expect(result.value).toBeCloseTo(0.5);
    expect(result.sample).toBe(20);
    expect(result.reasonText).toBe("Not enough data yet: 20 proposals since the start, 30 needed to judge.");
  });

  it("is achieved once the cumulative rate since the start reaches the target over 30 proposals, and stays achieved", () => {
    const periods = [week(0, 3, 12), week(1, 4, 12), week(2, 2, 12)];
    // Through week 2: 9 of 36 = 25 %: achieved on the last day of that week.
    const result = evaluate(periods, "2026-01-25");
    expect(result.status).toBe("achieved");
    expect(result.achievedOn).toBe("2026-01-25");
    expect(result.achievedValue).toBeCloseTo(0.25);
    expect(result.achievedSample).toBe(36);
    // A bad week afterwards does not take it back.
    const later = evaluate([...periods, week(3, 0, 20)], "2026-02-01");
    expect(later.status).toBe("achieved");
    expect(later.value).toBeCloseTo(9 / 56);
    expect(later.achievedOn).toBe("2026-01-25");
  });

  it("is on track at or above the straight path from baseline to target, behind below it", () => {
    // On 2026-02-19 (45 of 90 days) the path expects 17.5 %.
    expect(expectedOnPath(PLAN, "2026-02-19")).toBeCloseTo(0.175);
    const steady = (won: number) => [week(0, 0, 10), week(1, 0, 10), week(2, 0, 10), week(3, 0, 10), week(4, 0, 10), week(5, 0, 10), week(6, won, 20)];
    const onTrack = evaluate(steady(16), "2026-02-19");
    // 16 of 80 = 20 % ≥ 17.5 %.
    expect(onTrack.status).toBe("on_track");
    expect(onTrack.expected).toBeCloseTo(0.175);
    const behind = evaluate(steady(12), "2026-02-19");
    // 12 of 80 = 15 % < 17.5 %.
    expect(behind.status).toBe("behind");
    expect(behind.reasonText).toBe("Behind: 15 % over 80 proposals since the start; the path to 25 % by the target date expects 17.5 % by now.");
  });

  it("is behind after the target date until the target is met", () => {
    const result = evaluate([week(0, 8, 40)], "2026-05-01");
    expect(result.status).toBe("behind");
    expect(result.expected).toBeCloseTo(0.25);
    expect(result.reasonText).toMatch(/^Behind: the target date has passed at 20 %/);
  });

  it("ignores periods after the day judged and caps the last point at it", () => {
    const result = evaluate([week(0, 3, 12), week(1, 30, 30)], "2026-01-08");
    expect(result.points).toHaveLength(1);
    expect(result.points[0]?.to).toBe("2026-01-08");
    expect(result.status).toBe("insufficient_data");
  });

  it("without a baseline judges against the target; without a target it cannot judge", () => {
    expect(expectedOnPath({ ...PLAN, baseline: null }, "2026-01-06")).toBe(0.25);
    expect(evaluate([week(0, 5, 40)], "2026-01-11", { baseline: null }).status).toBe("behind");
    expect(evaluate([week(0, 30, 40)], "2026-01-11", { target: null }).status).toBe("insufficient_data");
  });

  it("never divides by zero", () => {
    const result = evaluate([week(0, 0, 0), week(1, 0, 0)], "2026-01-18");
    expect(result.value).toBeNull();
    expect(result.points.every((point) => point.value === null)).toBe(true);
    expect(cumulativeValue("ratio", 5, 0)).toBeNull();
    expect(cumulativeValue("ratio", 12, 10)).toBe(1);
  });

  it("turns stage totals into what a period adds to each kind of lever", () => {
    const stages = [
      { key: "dials", label: "Dials" },
      { key: "proposals", label: "Proposals" },
      { key: "won", label: "Won" },
    ];
    const totals = { dials: 300, proposals: 10, won: 3, revenue: 4_500_000 };
    expect(leverIncrement(stages, { kind: "ratio", from: "proposals", to: "won" }, totals, 5)).toEqual({ numerator: 3, denominator: 10 });
    expect(leverIncrement(stages, { kind: "volume" }, totals, 5)).toEqual({ numerator: 300, denominator: 5 });
    expect(leverIncrement(stages, { kind: "deal_size" }, totals, 5)).toEqual({ numerator: 4_500_000, denominator: 3 });
    expect(leverIncrement(stages, { kind: "ratio", from: "proposals", to: "won" }, {}, 5)).toEqual({ numerator: 0, denominator: 0 });
  });
});

const periodsArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 20 })
  .map((weeks) => weeks.map(([won, extra], index) => week(index, won, won + extra)));
const rulesArbitrary = fc.record({
  baseline: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
  target: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
  asOffset: fc.integer({ min: 0, max: 200 }),
  lengthDays: fc.integer({ min: 1, max: 180 }),
});
const dayAfterStart = (days: number) => new Date(Date.UTC(2026, 0, 5 + days)).toISOString().slice(0, 10);

describe("plan status, properties", () => {
  it("achieved exactly when some checkpoint reaches the target over the minimum sample; never judged below it", () => {
    fc.assert(
      fc.property(periodsArbitrary, rulesArbitrary, (periods, rules) => {
        const asOf = dayAfterStart(rules.asOffset);
        const result = evaluatePlan({ ...PLAN, baseline: rules.baseline, target: rules.target, targetDate: dayAfterStart(rules.lengthDays), asOf, periods });
        const reached = result.points.some((point) => point.sample >= 30 && point.value !== null && point.value >= rules.target);
        expect(result.status === "achieved").toBe(reached);
        if (result.sample < 30) expect(result.status).toBe("insufficient_data");
        if (result.status === "on_track") expect(result.value ?? -1).toBeGreaterThanOrEqual(result.expected ?? Infinity);
        if (result.status === "behind") expect(result.value ?? Infinity).toBeLessThan(result.expected ?? -Infinity);
        for (const point of result.points) {
          if (point.value !== null) {
            expect(Number.isFinite(point.value)).toBe(true);
            expect(point.value).toBeLessThanOrEqual(1);
          }
          expect(point.to <= asOf).toBe(true);
        }
      }),
    );
  });

  it("more wins in the last period never make a plan look worse", () => {
    const rank = { behind: 0, insufficient_data: 0, on_track: 1, achieved: 2 } as const;
    fc.assert(
      fc.property(periodsArbitrary, rulesArbitrary, fc.integer({ min: 1, max: 10 }), (periods, rules, more) => {
        const asOf = dayAfterStart(Math.max(rules.asOffset, periods.length * 7));
        const targetDate = dayAfterStart(rules.lengthDays);
        const last = periods.at(-1) as PlanPeriod;
        // Convert `more` losses of the last period into wins (same sample).
        const converted = Math.min(more, last.denominator - last.numerator);
        const better = [...periods.slice(0, -1), { ...last, numerator: last.numerator + converted }];
        const before = evaluatePlan({ ...PLAN, baseline: rules.baseline, target: rules.target, targetDate, asOf, periods });
        const after = evaluatePlan({ ...PLAN, baseline: rules.baseline, target: rules.target, targetDate, asOf, periods: better });
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
      }),
    );
  });

  it("keeps the path between baseline and target", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 1, max: 365 }),
        (baseline, target, offset, length) => {
          const expected = expectedOnPath({ baseline, target, startedOn: "2026-01-05", targetDate: dayAfterStart(length) }, dayAfterStart(offset)) ?? NaN;
          expect(expected).toBeGreaterThanOrEqual(Math.min(baseline, target) - 1e-12);
          expect(expected).toBeLessThanOrEqual(Math.max(baseline, target) + 1e-12);
        },
      ),
    );
  });
});
