import { describe, expect, it } from "vitest";
import { formatVitalsTable, pageMeetsTargets, verdict, type PageVitals } from "./vitals-report";

const good: PageVitals = { page: "/team/t1", role: "manager", score: 0.93, lcpMs: 2100, tbtMs: 120, cls: 0.02 };

describe("vitals thresholds", () => {
  it("passes on the limits themselves (≥ 0.9, ≤ 2.5 s, ≤ 200 ms, ≤ 0.1)", () => {
    expect(verdict("score", 0.9)).toBe("PASS");
    expect(verdict("lcpMs", 2500)).toBe("PASS");
    expect(verdict("tbtMs", 200)).toBe("PASS");
    expect(verdict("cls", 0.1)).toBe("PASS");
  });

  it("misses just past them", () => {
    expect(verdict("score", 0.89)).toBe("MISS");
    expect(verdict("lcpMs", 2501)).toBe("MISS");
    expect(verdict("tbtMs", 201)).toBe("MISS");
    expect(verdict("cls", 0.11)).toBe("MISS");
  });

  it("counts a figure Lighthouse could not measure as a miss", () => {
    expect(verdict("score", null)).toBe("MISS");
    expect(verdict("lcpMs", Number.NaN)).toBe("MISS");
    expect(pageMeetsTargets({ ...good, cls: null })).toBe(false);
  });

  it("needs every metric for a page to meet its targets", () => {
    expect(pageMeetsTargets(good)).toBe(true);
    expect(pageMeetsTargets({ ...good, tbtMs: 450 })).toBe(false);
  });
});

describe("vitals table", () => {
  it("prints each figure beside its verdict and counts the pages that meet every target", () => {
    const table = formatVitalsTable([good, { page: "/org", role: "VP", score: 0.44, lcpMs: 6400, tbtMs: 6400, cls: 0.25 }]);
    const lines = table.split("\n");
    expect(lines[0]).toContain("score (≥ 0.9)");
    expect(lines[0]).toContain("LCP (≤ 2.5 s)");
    expect(lines[0]).toContain("TBT (≤ 200 ms)");
    expect(lines[0]).toContain("CLS (≤ 0.1)");
    expect(lines[2]).toMatch(/\/team\/t1\s+manager\s+0\.93 PASS\s+2\.1 s PASS\s+120 ms PASS\s+0\.020 PASS/);
    expect(lines[3]).toMatch(/\/org\s+VP\s+0\.44 MISS\s+6\.4 s MISS\s+6400 ms MISS\s+0\.250 MISS/);
    expect(lines.at(-1)).toBe("1 of 2 pages meet every target");
  });
});
