import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDealAmount } from "./deal-amounts";
import { parseDealDate } from "./deal-dates";
import { normalizePersonName, OwnerMatcher } from "./owner-names";
import { guessOutcome } from "./stage-outcomes";

describe("parseDealDate", () => {
  it.each([
    ["2026-03-04", "MDY", "2026-03-04"],
    ["2026-03-04T17:45:00.000Z", "MDY", "2026-03-04"],
    ["3/4/2026", "MDY", "2026-03-04"],
    ["3/4/2026", "DMY", "2026-04-03"],
    ["3/4/2026 5:30 PM", "MDY", "2026-03-04"],
    ["2026/3/4", "DMY", "2026-03-04"],
    ["2026/03/04 09:15", "MDY", "2026-03-04"],
    ["31.12.2025", "DMY", "2025-12-31"],
  ] as const)("reads %s (%s) as %s", (text, order, day) => {
    expect(parseDealDate(text, order)).toEqual({ ok: true, day });
  });

  it.each(["1969-12-31", "2200-01-01", "12/31/1969"])("refuses %s, outside 1970–2199", (text) => {
    const parsed = parseDealDate(text, "MDY");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("1970–2199");
  });

  it.each(["2026/2/30", "13/1/2026", "next week", "3/4/26"])("refuses %s with the value in the message", (text) => {
    const parsed = parseDealDate(text, "MDY");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(`'${text}'`);
  });
});

describe("parseDealAmount", () => {
  it.each([
    ["12500", 1_250_000],
    ["$12,500.00", 1_250_000],
    ["12.500,00 €", 1_250_000],
    ["EUR 1 200", 120_000],
    ["1'250.5", 125_050],
    ["US$ 980.99", 98_099],
    ["1,234,567", 123_456_700],
    ["1.234", 123_400],
    ["10.123", 1_012_300],
    ["12,5", 1_250],
    ["0.5", 50],
    ["", 0],
    ["£ 7", 700],
  ])("reads %s as %d minor units", (text, minor) => {
    expect(parseDealAmount(text, 2)).toEqual({ ok: true, value: minor });
  });

  it.each([
    ["-100", "negative"],
    ["($100.00)", "negative"],
    ["abc", "not an amount"],
    ["12.345.6,7.8", "not an amount"],
    ["0.125", "more than 2 decimal places"],
  ])("refuses %s (%s)", (text, reason) => {
    const parsed = parseDealAmount(text, 2);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(reason);
  });

  it("reads whole units for a currency without minor digits", () => {
    expect(parseDealAmount("¥1,200", 0)).toEqual({ ok: true, value: 1200 });
  });

  // "$12,500.00" and "12500.00" take a shortcut; with a currency code after them they take the
  // general path, which must read the same value (or refuse them with the same message).
  it("reads the common shapes as the general path does", () => {
    const grouped = (whole: number) => whole.toLocaleString("en-US");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(0, 1, 2), fc.boolean(), fc.boolean(), fc.constantFrom(0, 2, 3), (whole, cents, decimals, dollar, group, minorDigits) => {
        const number = `${group ? grouped(whole) : String(whole)}${decimals === 0 ? "" : `.${String(cents).padStart(2, "0").slice(0, decimals)}`}`;
        const general = parseDealAmount(`${number} USD`, minorDigits);
        const common = parseDealAmount(`${dollar ? "$" : ""}${number}`, minorDigits);
        if (general.ok) expect(common).toEqual(general);
        else expect(common.ok).toBe(false);
      }),
    );
  });
});

describe("owner names", () => {
  it("ignore case, accents and spacing", () => {
    expect(normalizePersonName("  José   GARCÍA ")).toBe("jose garcia");
  });

  it("match by email, then name, then alias; two people of one name match neither by name", () => {
    const people = [
      { id: "u1", name: "Moses Frase", email: "moses@acme.test" },
      { id: "u2", name: "Ana Lima", email: "ana1@acme.test" },
      { id: "u3", name: "Ana  Lima", email: "ana2@acme.test" },
    ];
    const matcher = new OwnerMatcher(people, new Map([["m. frase", "u1"], ["ana lima", "u3"]]));
    expect(matcher.match("MOSES@acme.test")).toEqual({ ok: true, userId: "u1" });
    expect(matcher.match("moses frasé")).toEqual({ ok: true, userId: "u1" });
    expect(matcher.match("M.  Frase")).toEqual({ ok: true, userId: "u1" });
    expect(matcher.match("Ana Lima")).toEqual({ ok: true, userId: "u3" });
    expect(matcher.match("Nobody")).toEqual({ ok: false, reason: "unknown" });
    expect(new OwnerMatcher(people, new Map()).match("ana lima")).toEqual({ ok: false, reason: "ambiguous", count: 2 });
  });
});

describe("guessOutcome", () => {
  it.each([
    ["Closed Won", "won"],
    ["closedwon", "won"],
    ["Won", "won"],
    ["Closed Lost", "lost"],
    ["LOST", "lost"],
    ["Negotiation/Review", "open"],
    ["Won't close", "open"],
  ] as const)("%s → %s", (stage, outcome) => {
    expect(guessOutcome(stage)).toBe(outcome);
  });
});
