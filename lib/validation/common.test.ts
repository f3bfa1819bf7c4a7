import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idSchema, isoDateSchema, localDateTime, periodKey, safeCount, textField } from "@/lib/validation/common";
import * as validation from "@/lib/validation/common";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("isoDateSchema", () => {
  it("accepts real dates in the years 1970–2199 and names the range otherwise", () => {
    expect(isoDateSchema.safeParse("1970-01-01").success).toBe(true);
    expect(isoDateSchema.safeParse("2199-12-31").success).toBe(true);
    for (const value of ["0001-01-01", "0000-01-01", "1969-12-31", "2200-01-01", "9999-12-31", "+275760-09-13"]) {
      const result = isoDateSchema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(message(result)).toMatch(/1970-01-01.*2199-12-31/);
    }
    expect(message(isoDateSchema.safeParse("2026-02-30"))).toBe("is not a real calendar date");
  });
});

describe("periodKey", () => {
  it("accepts quarters and months in the years 1970–2199 only", () => {
    for (const value of ["1970-Q1", "2026-07", "2199-Q4"]) expect(periodKey.safeParse(value).success, value).toBe(true);
    for (const value of ["9999-Q4", "0050-03", "0011-Q4", "2200-01", "2026-Q5", "2026-13"]) {
      const result = periodKey.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(message(result)).toMatch(/1970.*2199/);
    }
  });
});

describe("localDateTime", () => {
  it("reads a datetime-local value in the years 1970–2199", () => {
    expect(localDateTime.safeParse("2026-03-04T09:30").success).toBe(true);
    expect(localDateTime.safeParse("0001-03-04T09:30").success).toBe(false);
  });
});

describe("safeCount", () => {
  it("accepts whole numbers up to 2^53 − 1, like the CSV import", () => {
    expect(safeCount.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
    for (const value of [2 ** 53, 1e17, 1e300, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(safeCount.safeParse(value).success, String(value)).toBe(false);
  });
});

describe("idSchema", () => {
  it("is 1–64 of [A-Za-z0-9_-]", () => {
    expect(idSchema.safeParse("cl_abc-123").success).toBe(true);
    for (const value of ["", "a".repeat(65), "a b", "../x", "a\u0000"]) expect(idSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });
});

describe("textField", () => {
  const name = textField({ max: 80 });
  const notes = textField({ max: 2_000, min: 0, multiline: true });

  it("refuses NUL and other control characters, trims, and keeps ordinary unicode", () => {
    expect(name.parse("  Zoë 💼 Ünal ")).toBe("Zoë 💼 Ünal");
    for (const value of ["a\u0000b", "a\u0007", "a\tb", "a\nb", "\u001bx", "a\u007f", "a\u0085b", "a\u009fb"]) {
      const result = name.safeParse(value);
      expect(result.success, JSON.stringify(value)).toBe(false);
      expect(message(result)).toMatch(/control characters/);
    }
    expect(message(name.safeParse(" "))).toBe("is required");
    expect(message(name.safeParse("x".repeat(81)))).toBe("must be at most 80 characters");
  });

  it("lets multi-line text keep line breaks and tabs, and still refuses NUL", () => {
    expect(notes.parse("line 1\r\n\tline 2")).toBe("line 1\r\n\tline 2");
    expect(notes.parse("")).toBe("");
    expect(notes.safeParse("a\u0000").success).toBe(false);
  });

  it("never lets a control character other than tab and line breaks through", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.nat({ max: 0x2ff }).map((code) => String.fromCharCode(code)), maxLength: 40 }), (value) => {
        const result = notes.safeParse(value);
        if (result.success) expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(result.data)).toBe(false);
      }),
    );
  });

  it("is the building block the other schemas reuse (exported by name)", () => {
    expect(Object.keys(validation)).toEqual(expect.arrayContaining(["textField", "isoDateSchema", "periodKey", "idSchema", "safeCount", "localDateTime", "YEAR_RANGE"]));
  });
});
