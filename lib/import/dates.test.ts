import { describe, expect, it } from "vitest";
import { isIsoDay, parseImportDate } from "./dates";

describe("parseImportDate", () => {
  it("always accepts ISO dates, whatever the organization's style", () => {
    for (const style of ["MDY", "DMY", "auto"] as const) expect(parseImportDate(" 2026-03-04 ", style)).toEqual({ ok: true, day: "2026-03-04" });
  });

  it("reads the date part of CRM datetimes as written", () => {
    expect(parseImportDate("2026-03-14 09:30", "auto")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("2026-03-14T23:30:00Z", "auto")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("2026-03-14T09:30:00.000+01:00", "auto")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("3/14/2026, 9:30 AM", "MDY")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("14.03.2026 17:05", "DMY")).toEqual({ ok: true, day: "2026-03-14" });
  });

  it("reads day and month in the organization's order", () => {
    expect(parseImportDate("03/04/2026", "MDY")).toEqual({ ok: true, day: "2026-03-04" });
    expect(parseImportDate("03/04/2026", "DMY")).toEqual({ ok: true, day: "2026-04-03" });
    expect(parseImportDate("14.03.2026", "DMY")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("3/4/2026", "MDY")).toEqual({ ok: true, day: "2026-03-04" });
  });

  it("names the organization's format when a date does not fit it", () => {
    const result = parseImportDate("14/03/2026", "MDY");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("MM/DD/YYYY");
  });

  it("accepts day/month in auto only when one order is impossible or both agree", () => {
    expect(parseImportDate("14/03/2026", "auto")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("03/14/2026", "auto")).toEqual({ ok: true, day: "2026-03-14" });
    expect(parseImportDate("05/05/2026", "auto")).toEqual({ ok: true, day: "2026-05-05" });
  });

  it("rejects an ambiguous date in auto and says how to fix it", () => {
    const result = parseImportDate("03/04/2026", "auto");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("ambiguous");
    expect(result.message).toContain("3 April");
    expect(result.message).toContain("4 March");
    expect(result.message).toContain("YYYY-MM-DD");
    expect(result.message).toContain("organization's date format");
  });

  it("rejects days that do not exist", () => {
    expect(parseImportDate("2026-02-30", "auto").ok).toBe(false);
    expect(parseImportDate("2026-02-29", "auto").ok).toBe(false);
    expect(parseImportDate("2028-02-29", "auto")).toEqual({ ok: true, day: "2028-02-29" });
    expect(parseImportDate("2026-13-01", "auto").ok).toBe(false);
    expect(parseImportDate("31/04/2026", "DMY").ok).toBe(false);
    expect(parseImportDate("00/05/2026", "auto").ok).toBe(false);
  });

  it("rejects two-digit years, empty cells and text with a message", () => {
    expect(parseImportDate("3/14/26", "MDY")).toMatchObject({ ok: false, message: expect.stringContaining("two-digit year") });
    expect(parseImportDate("", "auto")).toEqual({ ok: false, message: "date is empty" });
    expect(parseImportDate("yesterday", "DMY")).toMatchObject({ ok: false, message: expect.stringContaining("DD/MM/YYYY") });
    expect(parseImportDate("2026-03-14 lunch", "auto").ok).toBe(false);
    expect(parseImportDate("03/04-2026", "MDY").ok).toBe(false);
  });

  it("checks YYYY-MM-DD context dates", () => {
    expect(isIsoDay("2026-03-14")).toBe(true);
    expect(isIsoDay("2026-3-14")).toBe(false);
    expect(isIsoDay("2026-02-30")).toBe(false);
  });
});
