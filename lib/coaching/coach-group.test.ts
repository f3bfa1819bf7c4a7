import { describe, expect, it } from "vitest";
import { coachGroup, quotasForPeriod, quotasForWindow, toActivityTotals, type CoachingSettings } from "./coach-group";

const STAGES = [
  { key: "dials", label: "Dials" },
  { key: "won", label: "Won" },
];
const WINDOW = { from: "2026-03-02", to: "2026-03-13" }; // two working weeks

const SETTINGS: CoachingSettings = {
  currency: "USD",
  timeZone: "America/New_York",
  fiscalYearStartMonth: 1,
  confidenceThreshold: 0.8,
  gradeThresholds: { a: 1, b: 0.8 },
  stages: STAGES,
  benchmarkRecords: [],
  competencies: {},
};

describe("toActivityTotals", () => {
  it("counts a rep's working days from their first active day in the window, so a new rep is not a low-volume one", () => {
    const totals = toActivityTotals(["dials", "won"], { repId: "r", totals: { dials: 100, revenue: 5_000 }, activeDays: 5, firstDay: "2026-03-09" }, WINDOW);
    expect(totals).toEqual({ stageCounts: { dials: 100, won: 0 }, revenueMinor: 5_000, workingDays: 5 });
    expect(toActivityTotals(["dials"], { repId: "r", totals: { dials: 10 }, activeDays: 1, firstDay: "2026-02-01" }, WINDOW).workingDays).toBe(10);
  });

  it("gives a rep without activity zero working days", () => {
    expect(toActivityTotals(["dials"], undefined, WINDOW)).toEqual({ stageCounts: { dials: 0 }, revenueMinor: 0, workingDays: 0 });
  });
});

describe("quotas", () => {
  const rows = [
    { repId: "a", period: "2026-Q1", periodStart: "2026-01-01", periodEnd: "2026-03-31", amountMinor: 900 },
    { repId: "a", period: "2026-Q1", periodStart: "2026-01-01", periodEnd: "2026-03-31", amountMinor: 9_000_000 },
    { repId: "b", period: "2026-Q2", periodStart: "2026-04-01", periodEnd: "2026-06-30", amountMinor: 1_000 },
  ];

  it("pro-rates the newest quota of each period to the window, leaving out periods it does not touch", () => {
    const quotas = quotasForWindow(rows, { from: "2026-01-01", to: "2026-03-31" });
    expect(quotas.get("a")).toBeCloseTo(9_000_000, 6);
    expect(quotas.has("b")).toBe(false);
  });

  it("reads one period's quota in force", () => {
    expect(quotasForPeriod(rows, "2026-Q1")).toEqual(new Map([["a", 9_000_000]]));
  });
});

describe("coachGroup", () => {
  it("grades each rep and the pooled team against their quotas, with a report per rep", () => {
    const reps = [
      { id: "a", name: "A", email: "a@x.test", teamId: "t" },
      { id: "b", name: "B", email: "b@x.test", teamId: "t" },
    ];
    const group = coachGroup({
      settings: SETTINGS,
      teamId: "t",
      reps,
      window: WINDOW,
      inputs: {
        stageTotals: new Map([
          ["a", { repId: "a", totals: { dials: 500, won: 5, revenue: 1_000 }, activeDays: 10, firstDay: WINDOW.from }],
          ["b", { repId: "b", totals: { dials: 300, won: 1, revenue: 200 }, activeDays: 10, firstDay: WINDOW.from }],
        ]),
        quotas: new Map([
          ["a", 1_000],
          ["b", 1_000],
        ]),
      },
    });
    expect(group.reps.map((rep) => [rep.id, rep.grade])).toEqual([
      ["a", { grade: "A", attainment: 1 }],
      ["b", { grade: "C", attainment: 0.2 }],
    ]);
    expect(group.pooled.grade).toEqual({ grade: "C", attainment: 0.6 });
    expect(group.pooled.totals.stageCounts).toEqual({ dials: 800, won: 6 });
    expect(group.reps.every((rep) => rep.report.levers.length === group.levers.length)).toBe(true);
  });
});
