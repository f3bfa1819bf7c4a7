import { describe, expect, it } from "vitest";
import { escapeCsvCell, toCsv } from "@/lib/export/csv";

describe("escapeCsvCell", () => {
  it("prefixes text a spreadsheet would run as a formula with a single quote", () => {
    expect(escapeCsvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(escapeCsvCell("+1+2")).toBe("'+1+2");
    expect(escapeCsvCell("-2+3")).toBe("'-2+3");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("\t=1")).toBe("'\t=1");
    expect(escapeCsvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("leaves ordinary text, numbers and dates alone", () => {
    expect(escapeCsvCell("Jordan Lee")).toBe("Jordan Lee");
    expect(escapeCsvCell("a=b")).toBe("a=b");
    expect(escapeCsvCell(-5)).toBe("-5");
    expect(escapeCsvCell(12n)).toBe("12");
    expect(escapeCsvCell(true)).toBe("true");
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(Number.NaN)).toBe("");
    expect(escapeCsvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("quotes commas, quotes, line breaks and surrounding spaces", () => {
    expect(escapeCsvCell("Moore, Daniel")).toBe(`"Moore, Daniel"`);
    expect(escapeCsvCell('say "hi"')).toBe(`"say ""hi"""`);
    expect(escapeCsvCell("line\nbreak")).toBe(`"line\nbreak"`);
    expect(escapeCsvCell(" padded ")).toBe(`" padded "`);
  });

  it("writes objects as JSON, escaped like text", () => {
    expect(escapeCsvCell(["call", "email"])).toBe(`"[""call"",""email""]"`);
  });
});

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated line per row in column order", () => {
    expect(toCsv(["name", "value"], [{ value: 3, name: "=cmd" }, { name: "ok" }])).toBe("name,value\r\n'=cmd,3\r\nok,\r\n");
  });
});
