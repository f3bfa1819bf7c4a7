import { describe, expect, it } from "vitest";
import { periodToDate, targetDayOf, targetsAsOf, workingDaysLeft } from "./pacing";

const Q1 = { key: "2026-Q1", start: "2026-01-01", end: "2026-03-31" };

describe("pacing days", () => {
  it("counts the working days left from tomorrow, and none once the period is over", () => {
    expect(workingDaysLeft(Q1, "2026-03-27")).toBe(2); // Friday → Mon 30, Tue 31
    expect(workingDaysLeft(Q1, "2026-03-31")).toBe(0);
    expect(workingDaysLeft(Q1, "2025-12-31")).toBe(64);
  });

  it("knows the part of the period that has happened", () => {
    expect(periodToDate(Q1, "2025-12-31")).toBeNull();
    expect(periodToDate(Q1, "2026-02-10")).toEqual({ from: "2026-01-01", to: "2026-02-10" });
    expect(periodToDate(Q1, "2026-05-01")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("sets daily targets for a working day, as of the day before's close", () => {
    expect(targetDayOf("2026-03-04")).toBe("2026-03-04"); // Wednesday
    expect(targetDayOf("2026-03-07")).toBe("2026-03-09"); // Saturday → Monday
    expect(targetDayOf("2026-03-08")).toBe("2026-03-09"); // Sunday → Monday
    expect(targetsAsOf("2026-03-04")).toBe("2026-03-03");
    // From yesterday's close the days left start today.
    expect(workingDaysLeft(Q1, targetsAsOf("2026-03-30"))).toBe(2);
  });
});
