import { describe, expect, it } from "vitest";
import {
  formatConfidence,
  formatCount,
  formatDate,
  formatDateTime,
  formatLeverComparison,
  formatLeverValue,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatPointsChange,
  formatTime,
} from "./index";

describe("money", () => {
  it("converts minor units with the currency's own digits", () => {
    expect(formatMoney(18_294_300, "USD")).toBe("$182,943");
    expect(formatMoneyCompact(18_294_300, "USD")).toBe("$183K");
    expect(formatMoneyCompact(8_640_000, "USD")).toBe("$86.4K");
    // The yen has no minor unit.
    expect(formatMoneyCompact(86_400, "JPY")).toBe("¥86.4K");
    expect(formatMoneyCompact(1_250_000_00, "EUR", { locale: "de-DE" })).toMatch(/1,25\sMio\.\s€/);
  });

  it("gives one figure one text: the compact form is the same wherever it is called", () => {
    const figure = 18_032_200;
    expect(formatMoneyCompact(figure, "USD")).toBe(formatMoneyCompact(figure, "USD"));
    expect(formatMoneyCompact(figure, "USD")).toBe("$180K");
    expect(formatMoneyCompact(18_290_000, "USD")).toBe("$183K");
  });

  it("does not throw on an unknown currency", () => {
    expect(formatMoneyCompact(8_640_000, "not a currency")).toBe("86.4K");
    expect(formatMoney(8_640_000, "not a currency")).toBe("86,400");
  });
});

describe("numbers", () => {
  it("shows percentages with a space and a dash for no value", () => {
    expect(formatPercent(0.924)).toBe("92 %");
    expect(formatPercent(0.0925, 1)).toBe("9.3 %");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
  });

  it("says percentage points, with their sign, for a change of a rate", () => {
    expect(formatPointsChange(0.056)).toBe("+6 pts");
    expect(formatPointsChange(-0.056, 1)).toBe("−5.6 pts");
    expect(formatPointsChange(0)).toBe("±0 pts");
    expect(formatPointsChange(null)).toBe("no data");
  });

  it("pluralizes counts", () => {
    expect(formatCount(1, "rep")).toBe("1 rep");
    expect(formatCount(2, "rep")).toBe("2 reps");
    expect(formatCount(0, "day")).toBe("0 days");
    expect(formatCount(1, "day")).toBe("1 day");
    expect(formatCount(1234, "value")).toBe("1,234 values");
    expect(formatCount(3, "person", "people")).toBe("3 people");
  });

  it("never claims certainty", () => {
    expect(formatConfidence(0.93)).toBe("93 %");
    expect(formatConfidence(0.999)).toBe("> 99 %");
    expect(formatConfidence(1)).toBe("> 99 %");
    expect(formatConfidence(0.004)).toBe("< 1 %");
    expect(formatConfidence(0)).toBe("0 %");
  });
});

describe("levers", () => {
  it("has one text per kind: percent, per day, compact money", () => {
    expect(formatLeverValue("ratio", 0.14)).toBe("14 %");
    expect(formatLeverValue("ratio", 0.0625)).toBe("6.3 %");
    expect(formatLeverValue("ratio", 0.352)).toBe("35.2 %");
    expect(formatLeverValue("volume", 48.4)).toBe("48/day");
    expect(formatLeverValue("volume", 2.46)).toBe("2.5/day");
    expect(formatLeverValue("deal_size", 2_450_000, "USD")).toBe("$24.5K");
    expect(formatLeverValue("ratio", null)).toBe("—");
  });

  it("shows the precision that makes a gap visible, and never 'below' between equal figures", () => {
    expect(formatLeverComparison("volume", 49.6, 50, "below_benchmark")).toEqual({
      value: "49.6/day",
      benchmark: "50.0/day",
      displayedStatus: "below_benchmark",
    });
    expect(formatLeverComparison("ratio", 0.2496, 0.25, "below_benchmark")).toEqual({
      value: "24.96 %",
      benchmark: "25.00 %",
      displayedStatus: "below_benchmark",
    });
    expect(formatLeverComparison("ratio", 0.249999, 0.25, "below_benchmark")).toEqual({ value: "25 %", benchmark: "25 %", displayedStatus: "at_benchmark" });
    expect(formatLeverComparison("deal_size", 2_449_000, 2_450_000, "below_benchmark", "USD")).toEqual({
      value: "$24.49K",
      benchmark: "$24.5K",
      displayedStatus: "below_benchmark",
    });
  });

  it("keeps the usual precision when the gap already shows", () => {
    expect(formatLeverComparison("ratio", 0.14, 0.25, "below_benchmark")).toEqual({ value: "14 %", benchmark: "25 %", displayedStatus: "below_benchmark" });
    expect(formatLeverComparison("volume", 55, 50, "at_or_above_benchmark")).toEqual({
      value: "55/day",
      benchmark: "50/day",
      displayedStatus: "at_or_above_benchmark",
    });
    expect(formatLeverComparison("ratio", null, 0.25, "insufficient_data")).toEqual({ value: "—", benchmark: "25 %", displayedStatus: "insufficient_data" });
  });
});

describe("days and times", () => {
  it("shows a day key as that day, whatever the zone", () => {
    expect(formatDate("2026-12-06")).toBe("Dec 6");
    expect(formatDate("2026-12-06", { withYear: true })).toBe("Dec 6, 2026");
    expect(formatDate(null)).toBe("—");
  });

  it("shows an instant on the organization's wall clock and names the zone", () => {
    const instant = new Date("2026-12-06T14:24:00Z");
    expect(formatTime(instant, "Europe/Berlin")).toMatch(/^3:24\sPM GMT\+1$/);
    expect(formatTime(instant, "America/New_York")).toMatch(/^9:24\sAM EST$/);
    expect(formatDateTime(instant.toISOString(), "UTC")).toMatch(/^Sun, Dec 6, 2:24\sPM UTC$/);
  });
});
