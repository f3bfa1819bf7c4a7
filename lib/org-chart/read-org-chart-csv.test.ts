import { describe, expect, it } from "vitest";
import { readOrgChartCsv } from "./read-org-chart-csv";

describe("readOrgChartCsv", () => {
  it("finds columns by their common names, whatever the case and spacing", () => {
    const result = readOrgChartCsv("Full Name,WORK EMAIL,Reports To,Department,Office,Role\nAda Lovelace,Ada@Example.test,Grace Hopper,East,Boston,manager\n");
    expect(result).toEqual({
      ok: true,
      columns: { name: "Full Name", email: "WORK EMAIL", manager: "Reports To", team: "Department", region: "Office", role: "Role" },
      rows: [{ row: 2, name: "Ada Lovelace", email: "ada@example.test", role: "MANAGER", manager: "Grace Hopper", team: "East", region: "Boston" }],
    });
  });

  it("joins first and last names when there is no name column, and reads empty cells as not given", () => {
    const result = readOrgChartCsv("first_name;last_name;e-mail;team\nAda;Lovelace;ada@example.test;\n");
    expect(result.ok && result.rows).toEqual([{ row: 2, name: "Ada Lovelace", email: "ada@example.test", role: null, manager: null, team: null, region: null }]);
  });

  it("names every bad row with its column and what is wrong", () => {
    const result = readOrgChartCsv("Name,Email,Role\nAda,not-an-email,REP\n,bob@example.test,Director\nCy,cy@example.test,vp\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 2, column: "Email", message: "email: must be a valid email address" },
      { row: 3, column: "Name", message: "name: is required" },
      { row: 3, column: "Role", message: "role: 'Director' is not a role; use one of REP, MANAGER, VP, ADMIN (or leave it empty for REP)" },
    ]);
  });

  it("refuses a header without an email or name column, or with two columns for one field", () => {
    const missing = readOrgChartCsv("Person ID,Title\n1,AE\n");
    expect(missing.ok === false && missing.errors.map((error) => error.message)).toEqual([
      "missing an email column ('Email' or 'Work Email'; the header has: Person ID, Title)",
      "missing a name column ('Name', 'Full Name', or 'First Name' and 'Last Name'; the header has: Person ID, Title)",
    ]);
    const twice = readOrgChartCsv("Name,Email,Team,Department\nAda,ada@example.test,East,Sales\n");
    expect(twice.ok === false && twice.errors).toEqual([{ row: 1, column: "Department", message: "columns 'Team' and 'Department' both give the team; keep one" }]);
  });

  it("refuses an empty file and a file past the row limit", () => {
    expect(readOrgChartCsv("").ok).toBe(false);
    expect(readOrgChartCsv("Name,Email\n")).toEqual({ ok: false, errors: [{ row: 1, column: null, message: "the file has a header but no people" }] });
    const big = readOrgChartCsv("Name,Email\nA,a@example.test\nB,b@example.test\n", { maxRows: 1 });
    expect(big.ok === false && big.errors[0]?.message).toBe("the file has 2 people; the limit is 1");
  });
});
