import { describe, expect, it } from "vitest";
import { parsePeriodKey } from "@/lib/calendar/periods";
import { periodChoices, resolvePeriod } from "@/lib/goals/periods";

describe("periodChoices", () => {
  it("offers the quarters around today and the three months of the selected quarter", () => {
    const selected = parsePeriodKey("2026-Q3", 1)!;
    expect(periodChoices(selected, "2026-05-10", 1).map((period) => period.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-07", "2026-08", "2026-09"]);
  });

  // The month loop compared dates as text: after December 9999 came "+010000-01-01", which sorts before "9999-12-31".
  it("ends for a quarter at the end of year 9999 (the loop is bounded by construction)", () => {
    const selected = parsePeriodKey("9999-Q4", 1)!;
    const months = periodChoices(selected, "2026-05-10", 1).filter((period) => !period.key.includes("Q"));
    expect(months.map((period) => period.key)).toEqual(["9999-10", "9999-11", "9999-12"]);
  });
});

describe("resolvePeriod", () => {
  it("falls back to the current quarter for a key outside the years 1970–2199", () => {
    for (const key of ["9999-Q4", "0050-03", "0011-Q4", "1969-12", "2200-01"]) expect(resolvePeriod(key, 1, "2026-05-10").key, key).toBe("2026-Q2");
    expect(resolvePeriod("2199-12", 1, "2026-05-10").key).toBe("2199-12");
  });
});
