import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeReverseFunnel, repFunnelFrom, type FunnelRate, type RepFunnel } from "./reverse-funnel";
import { computePriorities } from "./priorities";
import type { ActivityTotals } from "./types";

const STAGES = [
  { key: "dials", label: "Dials" },
  { key: "conversations", label: "Conversations" },
  { key: "meetings", label: "Meetings held" },
  { key: "won", label: "Deals won" },
];

const rate = (lever: string, value: number | null, benchmark: number | null = null, kind: "ratio" | "deal_size" = "ratio"): FunnelRate => ({
  lever,
  kind,
  label: lever,
  value,
  source: value === null ? null : "rep",
  thin: false,
  effectiveSample: 100,
  benchmark,
});

function funnelOf(
  ratios: (number | null)[],
  dealSize: number | null,
  options: { benchmarks?: (number | null)[]; dealBenchmark?: number | null; pace?: Record<string, number> | null } = {},
): RepFunnel {
  const stages = STAGES.slice(0, ratios.length + 1);
  return {
    stages,
    ratios: ratios.map((value, index) => rate(`${stages[index]?.key}_to_${stages[index + 1]?.key}`, value, options.benchmarks?.[index] ?? null)),
    dealSize: rate("deal_size", dealSize, options.dealBenchmark ?? null, "deal_size"),
    pace: { workingDays: 60, perDay: options.pace === undefined ? null : options.pace, revenuePerDayMinor: null },
  };
}

const product = (values: readonly number[]) => values.reduce((total, value) => total * value, 1);

describe("computeReverseFunnel, by hand", () => {
  it("works back from the revenue left to each stage per working day, at own ratios and at benchmark", () => {
    // $600 left (60,000 cents) in 10 days = 6,000 a day; $10 deals → 6 deals a day; 1 in 5 meetings
    // closes → 30 meetings; 1 in 2 conversations → 60; 1 in 10 dials → 600 dials a day.
    const funnel = funnelOf([0.1, 0.5, 0.2], 1_000, {
      benchmarks: [0.2, 0.5, 0.25],
      dealBenchmark: 1_000,
      pace: { dials: 450, conversations: 45, meetings: 22, won: 4 },
    });
    const result = computeReverseFunnel({ funnel, remainingMinor: 60_000, workingDaysLeft: 10 });
    expect(result.status).toBe("behind");
    expect(result.targets.map((target) => target.neededPerDay)).toEqual([600, 60, 30, 6].map((value) => expect.closeTo(value, 9)));
    // At benchmark: 6 deals / 0.25 = 24 meetings, / 0.5 = 48 conversations, / 0.2 = 240 dials.
    expect(result.targets[0]?.atBenchmarkPerDay).toBeCloseTo(240, 9);
    expect(result.gapPerDay).toBeCloseTo(150, 9);
    // Opening at benchmark halves the dials needed (600 → 300): it closes the whole 150 gap.
    expect(result.bestLever).toMatchObject({ lever: "dials_to_conversations", shareOfGap: 1 });
    expect(result.bestLever?.topNeededPerDay).toBeCloseTo(300, 9);
  });

  it("says 'not enough data' for a zero or missing ratio instead of dividing by zero", () => {
    for (const broken of [0, null, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = computeReverseFunnel({ funnel: funnelOf([0.1, broken, 0.2], 1_000), remainingMinor: 60_000, workingDaysLeft: 10 });
      expect(result.status).toBe("insufficient_data");
      expect(result.reasonText).toMatch(/not enough data/i);
      expect(result.missing.map((entry) => entry.lever)).toEqual(["conversations_to_meetings"]);
      expect(result.targets.every((target) => target.neededPerDay === null)).toBe(true);
    }
  });

  it("handles a met quota, no days left and no pace", () => {
    const funnel = funnelOf([0.1, 0.5, 0.2], 1_000);
    expect(computeReverseFunnel({ funnel, remainingMinor: 0, workingDaysLeft: 10 }).status).toBe("quota_met");
    expect(computeReverseFunnel({ funnel, remainingMinor: 5_000, workingDaysLeft: 0 }).status).toBe("no_days_left");
    expect(computeReverseFunnel({ funnel, remainingMinor: 5_000, workingDaysLeft: 10 }).status).toBe("no_pace");
  });

  it("reads the engine's shrunk estimates, and the team's pooled values where the rep has no data", () => {
    const stages = STAGES;
    const team: ActivityTotals = {
      stageCounts: { dials: 10_000, conversations: 1_000, meetings: 400, won: 80 },
      revenueMinor: 80 * 2_000_000,
      workingDays: 200,
    };
    const newRep: ActivityTotals = { stageCounts: { dials: 200, conversations: 20, meetings: 0, won: 0 }, revenueMinor: 0, workingDays: 4 };
    const prior = team;
    const repReport = computePriorities({ stages, subject: newRep, prior, benchmarks: {} });
    const teamReport = computePriorities({ stages, subject: team, prior: team, benchmarks: {} });
    const funnel = repFunnelFrom({ stages, rep: { levers: repReport.levers, totals: newRep }, team: { levers: teamReport.levers } });
    const [opening, meetingSetting, closing] = funnel.ratios;
    expect(opening?.source).toBe("rep");
    expect(opening?.value).toBeCloseTo(repReport.levers.find((lever) => lever.lever === "dials_to_conversations")?.estimate ?? -1, 12);
    expect(opening?.thin).toBe(false);
    // No meetings yet: the rep's own meeting → won ratio does not exist, so the team's stands in.
    expect(closing?.source).toBe("team");
    expect(closing?.value).toBeCloseTo(0.2, 2);
    expect(meetingSetting?.source).toBe("rep");
    expect(meetingSetting?.thin).toBe(true);
    expect(funnel.dealSize.source).toBe("team");
    expect(funnel.pace.perDay?.dials).toBe(50);
  });
});

const ratioValue = fc.double({ min: 0.001, max: 1, noNaN: true });
const dealValue = fc.double({ min: 1, max: 1e8, noNaN: true });
const validFunnel = fc
  .record({
    ratios: fc.array(ratioValue, { minLength: 1, maxLength: 3 }),
    deal: dealValue,
    benchmarks: fc.array(fc.option(ratioValue, { nil: null }), { minLength: 3, maxLength: 3 }),
    dealBenchmark: fc.option(dealValue, { nil: null }),
    pace: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
  })
  .map(({ ratios, deal, benchmarks, dealBenchmark, pace }) => ({
    ratios,
    deal,
    funnel: funnelOf(ratios, deal, { benchmarks, dealBenchmark, pace: pace === null ? null : { dials: pace } }),
  }));
const remaining = fc.integer({ min: 1, max: 1e12 });
const days = fc.integer({ min: 1, max: 260 });

describe("computeReverseFunnel, properties", () => {
  it("needs more of every stage for a larger goal", () => {
    fc.assert(
      fc.property(validFunnel, remaining, remaining, days, ({ funnel }, a, b, left) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const lower = computeReverseFunnel({ funnel, remainingMinor: small, workingDaysLeft: left });
        const higher = computeReverseFunnel({ funnel, remainingMinor: large, workingDaysLeft: left });
        lower.targets.forEach((target, index) => {
          const other = higher.targets[index];
          expect(target.neededPerDay).not.toBeNull();
          expect(other?.neededPerDay ?? -1).toBeGreaterThanOrEqual(target.neededPerDay ?? Infinity);
          expect(other?.atBenchmarkPerDay ?? -1).toBeGreaterThanOrEqual(target.atBenchmarkPerDay ?? Infinity);
        });
      }),
    );
  });

  it("at the rep's own ratios, the needed daily activity run through the funnel gives back the revenue left", () => {
    fc.assert(
      fc.property(validFunnel, remaining, days, ({ ratios, deal, funnel }, left, workingDays) => {
        const result = computeReverseFunnel({ funnel, remainingMinor: left, workingDaysLeft: workingDays });
        result.targets.forEach((target, index) => {
          const through = (target.neededPerDay ?? 0) * product(ratios.slice(index)) * deal * workingDays;
          expect(Math.abs(through - left) / left).toBeLessThan(1e-9);
        });
        // Rounded up to whole activities (what the screen shows), the funnel covers the revenue left, by less than one activity's worth.
        const top = result.targets[0]?.neededPerDay ?? 0;
        const yieldPerActivity = product(ratios) * deal * workingDays;
        const covered = Math.ceil(top * (1 - 1e-12)) * yieldPerActivity;
        expect(covered).toBeGreaterThanOrEqual(left * (1 - 1e-9));
        expect(covered).toBeLessThan(left * (1 + 1e-9) + yieldPerActivity);
      }),
    );
  });

  it("never answers NaN or Infinity, whatever it is given", () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    const anyRate = fc.option(anyNumber, { nil: null });
    fc.assert(
      fc.property(
        fc.array(anyRate, { minLength: 1, maxLength: 3 }),
        anyRate,
        fc.array(anyRate, { minLength: 3, maxLength: 3 }),
        anyRate,
        fc.option(anyNumber, { nil: null }),
        anyNumber,
        anyNumber,
        (ratios, deal, benchmarks, dealBenchmark, pace, left, workingDays) => {
          const funnel = funnelOf(ratios, deal, { benchmarks, dealBenchmark, pace: pace === null ? null : { dials: pace } });
          const result = computeReverseFunnel({ funnel, remainingMinor: left, workingDaysLeft: workingDays });
          const numbers = [
            result.remainingMinor,
            result.workingDaysLeft,
            result.neededRevenuePerDayMinor,
            result.gapPerDay,
            ...result.targets.flatMap((target) => [target.neededPerDay, target.atBenchmarkPerDay, target.pacePerDay]),
            ...(result.bestLever
              ? [
                  result.bestLever.value,
                  result.bestLever.benchmark,
                  result.bestLever.topNeededPerDay,
                  result.bestLever.closesPerDay,
                  result.bestLever.shareOfGap,
                ]
              : []),
          ];
          for (const value of numbers) if (value !== null) expect(Number.isFinite(value)).toBe(true);
          for (const target of result.targets) if (target.neededPerDay !== null) expect(target.neededPerDay).toBeGreaterThanOrEqual(0);
          expect(["behind", "ahead", "no_pace", "quota_met", "no_days_left", "insufficient_data"]).toContain(result.status);
        },
      ),
    );
  });

  it("names the lever whose benchmark takes away the most needed activity", () => {
    fc.assert(
      fc.property(validFunnel, remaining, days, ({ funnel }, left, workingDays) => {
        const result = computeReverseFunnel({ funnel, remainingMinor: left, workingDaysLeft: workingDays });
        const top = result.targets[0]?.neededPerDay ?? 0;
        const cuts = [...funnel.ratios, funnel.dealSize]
          .filter((entry) => entry.value !== null && entry.benchmark !== null && entry.benchmark > entry.value)
          .map((entry) => top - top * ((entry.value ?? 0) / (entry.benchmark ?? 1)));
        if (cuts.length === 0) expect(result.bestLever).toBeNull();
        else expect(result.bestLever?.closesPerDay).toBeCloseTo(Math.max(...cuts), 6);
      }),
    );
  });
});
