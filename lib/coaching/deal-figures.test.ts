import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDealTallies, dealFigures, tallyDeals, type DealFact } from "./deal-figures";

const Q1 = { from: "2026-01-01", to: "2026-03-31" };
const won = (createdOn: string, closeDate: string, amountMinor: number): DealFact => ({ outcome: "won", amountMinor, createdOn, closeDate });

describe("deal figures", () => {
  it("count a quarter as a manager reads it", () => {
    const deals: DealFact[] = [
      won("2025-12-01", "2026-01-30", 10_000_00),
      won("2026-01-10", "2026-02-09", 30_000_00),
      won("2026-02-01", "2026-04-02", 99_000_00),
      { outcome: "lost", amountMinor: 5_000_00, createdOn: "2026-01-15", closeDate: "2026-03-01" },
      { outcome: "lost", amountMinor: 5_000_00, createdOn: "2025-10-01", closeDate: "2025-12-20" },
      { outcome: "open", amountMinor: 7_000_00, createdOn: "2026-03-31", closeDate: "2026-02-01" },
      { outcome: "open", amountMinor: 7_000_00, createdOn: "2026-04-01", closeDate: null },
      { outcome: "open", amountMinor: 0, createdOn: null, closeDate: null },
    ];
    expect(dealFigures(tallyDeals(deals, Q1))).toEqual({
      opened: 4,
      won: 2,
      lost: 1,
      // The deal won on 2 April was still open on 31 March; so were the two open deals created by then.
      open: 3,
      winRate: 2 / 3,
      revenueMinor: 40_000_00,
      averageDealSizeMinor: 20_000_00,
      medianCycleDays: (60 + 30) / 2,
      closed: 3,
    });
  });

  it("give no rate, size or cycle when nothing closed", () => {
    expect(dealFigures(tallyDeals([], Q1))).toEqual({ opened: 0, won: 0, lost: 0, open: 0, winRate: null, revenueMinor: 0, averageDealSizeMinor: null, medianCycleDays: null, closed: 0 });
  });
});

const DAY0 = Date.UTC(2025, 0, 1);
const day = fc.integer({ min: 0, max: 730 }).map((offset) => new Date(DAY0 + offset * 86_400_000).toISOString().slice(0, 10));
const fact: fc.Arbitrary<DealFact> = fc
  .record({ outcome: fc.constantFrom<DealFact["outcome"]>("open", "won", "lost"), amountMinor: fc.integer({ min: 0, max: 1e9 }), created: fc.option(day, { nil: null }), cycle: fc.integer({ min: 0, max: 200 }) })
  .map(({ outcome, amountMinor, created, cycle }) => {
    const createdOn = outcome === "open" ? created : (created ?? "2025-06-01");
    const closeDate = outcome === "open" && created === null ? null : new Date(Date.parse(`${createdOn ?? "2025-06-01"}T00:00:00Z`) + cycle * 86_400_000).toISOString().slice(0, 10);
    return { outcome, amountMinor, createdOn, closeDate };
  });
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe("deal figures, properties", () => {
  it("a team's tally is the sum of its reps' tallies, in any split", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fact, fc.integer({ min: 0, max: 4 }))), period, (owned, window) => {
        const whole = tallyDeals(owned.map(([deal]) => deal), window);
        const parts = [0, 1, 2, 3, 4].map((rep) => tallyDeals(owned.filter(([, owner]) => owner === rep).map(([deal]) => deal), window));
        const summed = addDealTallies(parts);
        expect({ ...summed, cycleDays: [...summed.cycleDays].sort((a, b) => a - b) }).toEqual({ ...whole, cycleDays: [...whole.cycleDays].sort((a, b) => a - b) });
        expect(dealFigures(summed)).toEqual(dealFigures(whole));
      }),
    );
  });

  it("rates, sizes and cycles stay within their bounds", () => {
    fc.assert(
      fc.property(fc.array(fact), period, (deals, window) => {
        const figures = dealFigures(tallyDeals(deals, window));
        const wonInPeriod = deals.filter((deal) => deal.outcome === "won" && deal.closeDate !== null && deal.closeDate >= window.from && deal.closeDate <= window.to);
        expect(figures.won).toBe(wonInPeriod.length);
        expect(figures.revenueMinor).toBe(wonInPeriod.reduce((sum, deal) => sum + deal.amountMinor, 0));
        if (figures.won + figures.lost === 0) expect(figures.winRate).toBeNull();
        else expect(figures.winRate).toBeGreaterThanOrEqual(0);
        expect(figures.winRate ?? 0).toBeLessThanOrEqual(1);
        if (figures.averageDealSizeMinor !== null) {
          expect(figures.averageDealSizeMinor).toBeGreaterThanOrEqual(Math.min(...wonInPeriod.map((deal) => deal.amountMinor)));
          expect(figures.averageDealSizeMinor).toBeLessThanOrEqual(Math.max(...wonInPeriod.map((deal) => deal.amountMinor)));
        }
        if (figures.medianCycleDays !== null) expect(figures.medianCycleDays).toBeGreaterThanOrEqual(0);
        expect(figures.opened + figures.open).toBeLessThanOrEqual(deals.length * 2);
        expect(figures.open).toBeLessThanOrEqual(deals.length - figures.won - figures.lost + deals.filter((deal) => deal.closeDate !== null && deal.closeDate > window.to).length);
      }),
    );
  });

  it("a deal closed after the period is open at its end; one closed before is not", () => {
    fc.assert(
      fc.property(fact, period, (deal, window) => {
        const { open } = tallyDeals([deal], window);
        const createdBy = deal.createdOn === null || deal.createdOn <= window.to;
        const closedBy = deal.outcome !== "open" && deal.closeDate !== null && deal.closeDate <= window.to;
        expect(open).toBe(createdBy && !closedBy ? 1 : 0);
      }),
    );
  });
});
