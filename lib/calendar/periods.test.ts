import { describe, expect, it } from "vitest";
import { fiscalQuarterOf, parsePeriodKey, previousQuarter } from "@/lib/calendar/periods";
import { workingDaysBetween, startOfIsoWeek } from "@/lib/calendar/days";

describe("fiscal periods", () => {
  it("uses calendar quarters when the fiscal year starts in January", () => {
    expect(fiscalQuarterOf("2026-11-22", 1)).toEqual({ key: "2026-Q4", start: "2026-10-01", end: "2026-12-31" });
  });

  it("shifts quarters with the fiscal-year start and names the year it starts in", () => {
    expect(fiscalQuarterOf("2026-01-15", 2)).toEqual({ key: "2025-Q4", start: "2025-11-01", end: "2026-01-31" });
    expect(fiscalQuarterOf("2026-02-01", 2)).toEqual({ key: "2026-Q1", start: "2026-02-01", end: "2026-04-30" });
  });

  it("parses period keys and rejects malformed ones", () => {
    expect(parsePeriodKey("2026-Q1", 1)).toEqual({ key: "2026-Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(parsePeriodKey("2026-02", 1)).toEqual({ key: "2026-02", start: "2026-02-01", end: "2026-02-28" });
    expect(parsePeriodKey("2026-Q5", 1)).toBeNull();
    expect(parsePeriodKey("2026-13", 1)).toBeNull();
  });

  it("steps back one quarter across a year boundary", () => {
    expect(previousQuarter(fiscalQuarterOf("2026-02-10", 1), 1).key).toBe("2025-Q4");
  });
});

describe("working days", () => {
  it("counts Monday to Friday, both ends included", () => {
    expect(workingDaysBetween("2026-11-16", "2026-11-22")).toBe(5);
    expect(workingDaysBetween("2026-11-21", "2026-11-22")).toBe(0);
    expect(workingDaysBetween("2026-11-01", "2026-11-30")).toBe(21);
  });

  it("finds the Monday of an ISO week", () => {
    expect(startOfIsoWeek("2026-11-22")).toBe("2026-11-16");
    expect(startOfIsoWeek("2026-11-16")).toBe("2026-11-16");
  });
});
