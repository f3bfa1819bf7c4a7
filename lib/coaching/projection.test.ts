import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { combineProjections, projectPeriodRevenue } from "./projection";
import { computeReverseFunnel, type FunnelRate, type RepFunnel } from "./reverse-funnel";

const STAGES = [
  { key: "dials", label: "Dials" },
  { key: "meetings", label: "Meetings held" },
  { key: "won", label: "Deals won" },
];

const rate = (lever: string, value: number | null, effectiveSample: number, kind: "ratio" | "deal_size" = "ratio"): FunnelRate => ({
  lever,
  kind,
  label: lever,
  value,
  source: "rep",
  thin: false,
  effectiveSample,
  benchmark: null,
});

function funnel(dialsPerDay: number | null, ratios: [number | null, number | null], dealSize: number | null, sample = 200): RepFunnel {
  return {
    stages: STAGES,
    ratios: [rate("dials_to_meetings", ratios[0], sample), rate("meetings_to_won", ratios[1], sample)],
    dealSize: rate("deal_size", dealSize, sample / 10, "deal_size"),
    pace: { workingDays: 60, perDay: dialsPerDay === null ? null : { dials: dialsPerDay, meetings: 0, won: 0 }, revenuePerDayMinor: null },
  };
}

describe("projectPeriodRevenue", () => {
  it("adds each working day left at today's pace to what is won so far, and grades the result", () => {
    // 50 dials × 10 % × 20 % × $1,000 = $1,000 a day; 40 days left → $40,000 on top of $20,000.
    const projection = projectPeriodRevenue({ funnel: funnel(50, [0.1, 0.2], 100_000), wonToDateMinor: 2_000_000, workingDaysLeft: 40, quotaMinor: 5_000_000 });
    expect(projection.status).toBe("projected");
    expect(projection.projectedMinor).toBeCloseTo(6_000_000, 4);
    expect(projection.projectedAttainment).toBeCloseTo(1.2, 6);
    expect(projection.projectedGrade).toBe("A");
    expect(projection.lowMinor ?? Infinity).toBeLessThan(6_000_000);
    expect(projection.highMinor ?? 0).toBeGreaterThan(6_000_000);
    expect(projection.lowMinor ?? 0).toBeGreaterThan(2_000_000);
  });

  it("projects the quota exactly when today's pace is the pace the reverse funnel asks for", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 130 }),
        (first, second, deal, won, left, days) => {
          const shape = funnel(1, [first, second], deal);
          const needed = computeReverseFunnel({ funnel: shape, remainingMinor: left, workingDaysLeft: days }).targets[0]?.neededPerDay ?? 0;
          const projection = projectPeriodRevenue({
            funnel: funnel(needed, [first, second], deal),
            wonToDateMinor: won,
            workingDaysLeft: days,
            quotaMinor: won + left,
          });
          expect(projection.projectedAttainment ?? 0).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("keeps the projection inside a finite range that narrows with more data", () => {
    fc.assert(
      // From about one expected deal up (below that, luck swamps everything the data could tell).
      fc.property(
        fc.double({ min: 10, max: 500, noNaN: true }),
        fc.integer({ min: 5, max: 130 }),
        fc.integer({ min: 25, max: 5_000 }),
        (dials, days, sample) => {
          const thin = projectPeriodRevenue({ funnel: funnel(dials, [0.1, 0.2], 100_000, sample), wonToDateMinor: 0, workingDaysLeft: days, quotaMinor: 1 });
          const rich = projectPeriodRevenue({
            funnel: funnel(dials, [0.1, 0.2], 100_000, sample * 4),
            wonToDateMinor: 0,
            workingDaysLeft: days,
            quotaMinor: 1,
          });
          for (const projection of [thin, rich]) {
            expect(Number.isFinite(projection.lowMinor)).toBe(true);
            expect(Number.isFinite(projection.highMinor)).toBe(true);
            expect(projection.lowMinor ?? Infinity).toBeLessThanOrEqual(projection.projectedMinor ?? 0);
            expect(projection.highMinor ?? 0).toBeGreaterThanOrEqual(projection.projectedMinor ?? Infinity);
          }
          expect((rich.highMinor ?? 0) - (rich.lowMinor ?? 0)).toBeLessThanOrEqual((thin.highMinor ?? 0) - (thin.lowMinor ?? 0));
        },
      ),
    );
  });

  it("stays finite and keeps the projection inside its range even with next to nothing expected", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 260 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 1e9 }),
        (dials, days, sample, won) => {
          const projection = projectPeriodRevenue({
            funnel: funnel(dials, [0.01, 0.05], 100, sample),
            wonToDateMinor: won,
            workingDaysLeft: days,
            quotaMinor: 1_000,
          });
          for (const value of [projection.projectedMinor, projection.lowMinor, projection.highMinor, projection.projectedAttainment])
            expect(Number.isFinite(value)).toBe(true);
          expect(projection.lowMinor ?? Infinity).toBeLessThanOrEqual(projection.projectedMinor ?? 0);
          expect(projection.highMinor ?? 0).toBeGreaterThanOrEqual(projection.projectedMinor ?? Infinity);
          expect(projection.lowMinor ?? 0).toBeGreaterThanOrEqual(won);
        },
      ),
    );
  });

  it("says what it cannot project instead of inventing a number", () => {
    expect(projectPeriodRevenue({ funnel: funnel(50, [0.1, null], 100_000), wonToDateMinor: 10, workingDaysLeft: 5, quotaMinor: 100 })).toMatchObject({
      status: "insufficient_data",
      projectedMinor: null,
      projectedGrade: null,
    });
    expect(projectPeriodRevenue({ funnel: funnel(null, [0.1, 0.2], 100_000), wonToDateMinor: 10, workingDaysLeft: 5, quotaMinor: 100 })).toMatchObject({
      status: "no_activity",
      projectedMinor: 10,
    });
    expect(projectPeriodRevenue({ funnel: funnel(50, [0.1, 0.2], 100_000), wonToDateMinor: 70, workingDaysLeft: 0, quotaMinor: 100 })).toMatchObject({
      status: "period_over",
      projectedMinor: 70,
      projectedGrade: "B",
    });
    expect(projectPeriodRevenue({ funnel: funnel(50, [0.1, 0.2], 100_000), wonToDateMinor: 70, workingDaysLeft: 3, quotaMinor: null })).toMatchObject({
      projectedAttainment: null,
      projectedGrade: null,
    });
  });
});

describe("combineProjections", () => {
  it("adds the reps up and combines their ranges as independent", () => {
    const one = projectPeriodRevenue({ funnel: funnel(50, [0.1, 0.2], 100_000), wonToDateMinor: 1_000_000, workingDaysLeft: 20, quotaMinor: 3_000_000 });
    const two = projectPeriodRevenue({ funnel: funnel(50, [0.1, null], 100_000), wonToDateMinor: 500_000, workingDaysLeft: 20, quotaMinor: 3_000_000 });
    const team = combineProjections([one, one, two], 9_000_000);
    expect(team.projectedMinor).toBeCloseTo(2 * (one.projectedMinor ?? 0) + 500_000, 4);
    expect(team.withoutProjection).toBe(1);
    const halfWidth = (one.highMinor ?? 0) - (one.projectedMinor ?? 0);
    expect(team.highMinor - team.projectedMinor).toBeCloseTo(Math.SQRT2 * halfWidth, 4);
    expect(team.projectedAttainment).toBeCloseTo(team.projectedMinor / 9_000_000, 9);
  });
});
