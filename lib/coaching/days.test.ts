import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isWorkingDay, workingDaysBetween } from "./days";

describe("workingDaysBetween", () => {
  it("counts Monday to Friday, both ends included, like walking the days one by one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -10, max: 400 }), (start, length) => {
        const from = addDays("2024-01-01", start);
        const to = addDays(from, length);
        let walked = 0;
        for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) walked++;
        expect(workingDaysBetween(from, to)).toBe(walked);
      }),
    );
  });
});
