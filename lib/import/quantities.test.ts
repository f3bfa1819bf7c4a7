import { describe, expect, it } from "vitest";
import { parseAmountMinor, parseCount } from "./quantities";

describe("parseCount", () => {
  it("accepts whole numbers, also written as 5.0", () => {
    expect(parseCount(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(parseCount("0")).toEqual({ ok: true, value: 0 });
    expect(parseCount("5.0")).toEqual({ ok: true, value: 5 });
  });

  it("says what is wrong with a bad count", () => {
    expect(parseCount("-3")).toEqual({ ok: false, message: "count '-3' is negative" });
    expect(parseCount("2.5")).toEqual({ ok: false, message: "count '2.5' is not a whole number" });
    expect(parseCount("ten")).toEqual({ ok: false, message: "count 'ten' is not a number" });
    expect(parseCount("")).toEqual({ ok: false, message: "count is empty" });
    expect(parseCount("99999999999999999999")).toEqual({ ok: false, message: "count '99999999999999999999' is too large" });
  });
});

describe("parseAmountMinor", () => {
  it("converts major units to minor units without float error", () => {
    expect(parseAmountMinor("19.99", 2)).toEqual({ ok: true, value: 1999 });
    expect(parseAmountMinor("1234.5", 2)).toEqual({ ok: true, value: 123450 });
    expect(parseAmountMinor("1500", 2)).toEqual({ ok: true, value: 150000 });
    expect(parseAmountMinor("0.07", 2)).toEqual({ ok: true, value: 7 });
    expect(parseAmountMinor("12.500", 2)).toEqual({ ok: true, value: 1250 });
  });

  it("follows the currency's minor digits", () => {
    expect(parseAmountMinor("1500", 0)).toEqual({ ok: true, value: 1500 });
    expect(parseAmountMinor("1500.5", 0)).toMatchObject({ ok: false, message: expect.stringContaining("more than 0 decimal places") });
    expect(parseAmountMinor("1.234", 3)).toEqual({ ok: true, value: 1234 });
  });

  it("rejects rounding, signs, separators and symbols", () => {
    expect(parseAmountMinor("12.345", 2)).toMatchObject({ ok: false, message: expect.stringContaining("more than 2 decimal places") });
    expect(parseAmountMinor("-5", 2)).toEqual({ ok: false, message: "amount '-5' is negative" });
    expect(parseAmountMinor("1,234.50", 2)).toMatchObject({ ok: false, message: expect.stringContaining("is not a number") });
    expect(parseAmountMinor("$12", 2)).toMatchObject({ ok: false, message: expect.stringContaining("no currency symbol") });
    expect(parseAmountMinor("1e6", 2).ok).toBe(false);
    expect(parseAmountMinor("900719925474099.2", 2)).toMatchObject({ ok: false, message: expect.stringContaining("too large") });
  });
});
