import { describe, expect, it } from "vitest";
import { parseQuotaCsv } from "./parse-quota-csv";

const reps = new Map([
  ["rep1@acme.test", { id: "r1", active: true }],
  ["rep2@acme.test", { id: "r2", active: true }],
  ["gone@acme.test", { id: "r3", active: false }],
]);
const context = { reps, fiscalYearStartMonth: 1, currencyMinorDigits: 2 };

describe("parseQuotaCsv", () => {
  it("reads quotas by rep, period (fiscal quarter or month) and amount", () => {
    const result = parseQuotaCsv("rep_email,period,amount\nREP1@acme.test,2026-Q3,250000\nrep2@acme.test,2026-07,80000.50\n", context);
    expect(result.ok).toBe(true);
    expect(result.rows).toEqual([
      { row: 2, repId: "r1", period: { key: "2026-Q3", start: "2026-07-01", end: "2026-09-30" }, amountMinor: 25_000_000 },
      { row: 3, repId: "r2", period: { key: "2026-07", start: "2026-07-01", end: "2026-07-31" }, amountMinor: 8_000_050 },
    ]);
  });

  it("follows the organization's fiscal year", () => {
    const result = parseQuotaCsv("rep_email;period;amount\nrep1@acme.test;2026-Q1;1000\n", { ...context, fiscalYearStartMonth: 2 });
    expect(result.rows[0]?.period).toEqual({ key: "2026-Q1", start: "2026-02-01", end: "2026-04-30" });
  });

  it("reports every failing row with its line, column and what is wrong, and keeps nothing", () => {
    const text = [
      "rep_email,period,amount",
      "rep1@acme.test,2026-Q3,250000",
      "nobody@acme.test,2026-Q3,1",
      "gone@acme.test,2026-Q5,-3",
      "rep2@acme.test,2026-Q3,12.345",
      "rep1@acme.test,2026-Q3,1",
      ",,",
    ].join("\n");
    const result = parseQuotaCsv(text, context);
    expect(result.ok).toBe(false);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 3, column: "rep_email", message: "unknown rep 'nobody@acme.test' (not a rep of this organization)" },
      { row: 4, column: "rep_email", message: "rep 'gone@acme.test' is deactivated" },
      { row: 4, column: "period", message: "period '2026-Q5' is not a fiscal quarter like 2026-Q3 or a month like 2026-07" },
      { row: 4, column: "amount", message: "amount '-3' is negative" },
      { row: 5, column: "amount", message: "amount '12.345' has more than 2 decimal places" },
      { row: 6, column: null, message: "duplicates row 2 (same rep_email and period)" },
    ]);
  });

  it("names a missing column, and an empty file", () => {
    expect(parseQuotaCsv("email,period,amount\nrep1@acme.test,2026-Q3,1\n", context).errors).toEqual([
      { row: 1, column: "rep_email", message: "the header has no 'rep_email' column (expected rep_email, period, amount)" },
    ]);
    expect(parseQuotaCsv("", context).errors[0]?.message).toBe("the file is empty");
    expect(parseQuotaCsv("rep_email,period,amount\n", context).errors[0]?.message).toBe("the file has a header but no data rows");
  });

  it("refuses periods outside the years 1970–2199 instead of reading 0050 as 1950", () => {
    const result = parseQuotaCsv("rep_email,period,amount\nrep1@acme.test,0050-03,1000\nrep1@acme.test,9999-Q4,1000\n", context);
    expect(result.ok).toBe(false);
    expect(result.errors.map((error) => error.column)).toEqual(["period", "period"]);
  });
});
