import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDealCounts, dealCountableStages, resolveCountSources } from "./funnel-source";

const FUNNEL = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];

describe("funnel sources", () => {
  it("deals count opportunities, won and revenue; the default follows whether deals were imported", () => {
    expect(dealCountableStages(FUNNEL)).toEqual(["opportunities", "won", "revenue"]);
    expect(resolveCountSources(FUNNEL, {}, false)).toEqual({ opportunities: "activity", won: "activity", revenue: "activity" });
    expect(resolveCountSources(FUNNEL, {}, true)).toEqual({ opportunities: "deals", won: "deals", revenue: "deals" });
    expect(resolveCountSources(FUNNEL, { opportunities: "activity" }, true)).toEqual({ opportunities: "activity", won: "deals", revenue: "deals" });
    expect(dealCountableStages(["calls", "demos", "closed"])).toEqual(["closed", "revenue"]);
  });

  it("replace exactly the deal-sourced stages and never touch the others", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FUNNEL, "revenue"), fc.nat()), fc.record({ opened: fc.nat(), won: fc.nat(), revenueMinor: fc.nat() }), fc.subarray(["opportunities", "won", "revenue"]), (totals, deals, fromDeals) => {
        const sources = Object.fromEntries(["opportunities", "won", "revenue"].map((key) => [key, fromDeals.includes(key) ? "deals" : "activity"] as const));
        const next = applyDealCounts(totals, deals, FUNNEL, sources);
        for (const key of [...FUNNEL, "revenue"]) {
          const expected = !fromDeals.includes(key) ? totals[key] : key === "revenue" ? deals.revenueMinor : key === "won" ? deals.won : deals.opened;
          expect(next[key]).toBe(expected);
        }
      }),
    );
  });
});
