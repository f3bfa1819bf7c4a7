import { describe, expect, it } from "vitest";
import { resolveBenchmarks, type BenchmarkRecord } from "./benchmarks";
import { explainLever } from "./format";
import { leversFor } from "./levers";
import { computePriorities, poolTotals } from "./priorities";
import type { ActivityTotals, ResolvedBenchmark } from "./types";

// A six-stage outbound funnel and a team of reps over a 60-working-day window.
const stages = [
  { key: "dials", label: "Dials" },
  { key: "conversations", label: "Conversations" },
  { key: "meetings", label: "Meetings" },
  { key: "opportunities", label: "Opportunities" },
  { key: "proposals", label: "Proposals" },
  { key: "won", label: "Won" },
];
const levers = leversFor(stages);

/** A rep's totals from a daily pace, five stage-to-stage rates and an average deal ($ in cents). */
function rep(perDay: number, rates: readonly [number, number, number, number, number], dealMinor = 2_500_000, workingDays = 60): ActivityTotals {
  const stageCounts: Record<string, number> = {};
  let count = perDay * workingDays;
  stages.forEach((stage, index) => {
    if (index > 0) count = Math.round(count * (rates[index - 1] ?? 0));
    stageCounts[stage.key] = count;
  });
  return { stageCounts, revenueMinor: (stageCounts.won ?? 0) * dealMinor, workingDays };
}

const typical = [0.15, 0.3, 0.6, 0.6, 0.3] as const;
const reps = {
  steady1: rep(60, typical),
  steady2: rep(60, typical),
  steady3: rep(60, typical),
  steady4: rep(60, typical),
  steady5: rep(60, typical),
  // Books meetings but turns few into opportunities: 57 of 162.
  weakDiscovery: rep(60, [0.15, 0.3, 0.35, 0.6, 0.3]),
  // Gets to proposal but closes 7 of 58.
  weakCloser: rep(60, [0.15, 0.3, 0.6, 0.6, 0.12]),
  strong: rep(70, [0.18, 0.35, 0.65, 0.65, 0.35], 3_000_000),
  // Started last week: 5 working days of light activity.
  newRep: { stageCounts: { dials: 150, conversations: 20, meetings: 5, opportunities: 2, proposals: 1, won: 0 }, revenueMinor: 0, workingDays: 5 },
};
const team = poolTotals(Object.values(reps));

const records: BenchmarkRecord[] = [
  ...Object.entries({
    volume: 60,
    dials_to_conversations: 0.15,
    conversations_to_meetings: 0.3,
    meetings_to_opportunities: 0.6,
    opportunities_to_proposals: 0.6,
    proposals_to_won: 0.3,
    deal_size: 2_500_000,
  }).map(([lever, value]) => ({ lever, value, effectiveFrom: "2026-01-01", teamId: null })),
  // The team's own closing benchmark overrides the organization's; a future one is not in force yet.
  { lever: "proposals_to_won", value: 0.28, effectiveFrom: "2026-06-01", teamId: "team-a" },
  { lever: "proposals_to_won", value: 0.5, effectiveFrom: "2027-01-01", teamId: "team-a" },
];
const resolved = resolveBenchmarks({ levers, teamId: "team-a", asOf: "2026-11-22", records, teamRepTotals: Object.values(reps), stages });
const benchmarks = Object.fromEntries(Object.entries(resolved).filter((entry): entry is [string, ResolvedBenchmark] => entry[1] !== null));
const competencies = { meetings_to_opportunities: { id: "discovery", name: "Discovery" }, proposals_to_won: { id: "closing", name: "Closing" } };

const failNoLever = (): never => {
  throw new Error("lever missing");
};
const coach = (subject: ActivityTotals, prior = team, resolvedBenchmarks = benchmarks) =>
  computePriorities({ stages, subject, prior, benchmarks: resolvedBenchmarks, competencies });

describe("a team's coaching priorities", () => {
  it("resolves the team's closing benchmark in force and the organization's for the rest", () => {
    expect(resolved.proposals_to_won).toEqual({ value: 0.28, source: "team" });
    expect(resolved.meetings_to_opportunities).toEqual({ value: 0.6, source: "organization" });
  });

  it("points the rep who is weak at discovery, with plenty of data, to discovery", () => {
    const report = coach(reps.weakDiscovery);
    expect(report.focus).toBe("meetings_to_opportunities");
    expect(report.reasonText).toMatch(/^Focus on Discovery/);
    const discovery = report.levers.find((entry) => entry.lever === "meetings_to_opportunities");
    expect(discovery?.actual).toBeCloseTo(57 / 162, 10);
    expect(discovery?.confidence).toBeGreaterThan(0.99);
    expect(discovery?.competency).toEqual({ id: "discovery", name: "Discovery" });
    expect(explainLever(discovery ?? report.levers[2] ?? failNoLever(), { currency: "USD", windowLabel: "the last 90 days" })).toMatch(
      /^Opportunities \/ meetings at 35\.2 % against a 60 % benchmark; at benchmark that is about \$[\d.]+K more revenue over the last 90 days; > 99 % sure/,
    );
  });

  it("points the weak closer to closing", () => {
    const report = coach(reps.weakCloser);
    expect(report.focus).toBe("proposals_to_won");
    expect(report.levers.find((entry) => entry.lever === "proposals_to_won")).toMatchObject({
      benchmark: 0.28,
      benchmarkSource: "team",
      status: "below_benchmark",
    });
  });

  it("gives the brand-new rep no focus: not enough data", () => {
    const report = coach(reps.newRep);
    expect(report.focus).toBeNull();
    expect(report.reason).toBe("insufficient_data");
    expect(report.levers.find((entry) => entry.lever === "deal_size")?.status).toBe("insufficient_data");
  });

  it("leaves the strong rep alone", () => {
    const report = coach(reps.strong);
    expect(report.focus).toBeNull();
    expect(report.reason).toBe("at_or_above_benchmark");
  });

  it("never gives steady reps a confident focus from rounding noise", () => {
    expect(coach(reps.steady1).focus).toBeNull();
  });

  it("runs the same engine on the pooled team against the organization", () => {
    // A second team of weak closers: pooled, its closing gap stands out against the organization.
    const closers = poolTotals([rep(60, [0.15, 0.3, 0.6, 0.6, 0.15]), rep(60, [0.15, 0.3, 0.6, 0.6, 0.15]), rep(60, [0.15, 0.3, 0.6, 0.6, 0.15])]);
    const organization = poolTotals([team, closers]);
    const organizationBenchmarks = resolveBenchmarks({ levers, teamId: "team-b", asOf: "2026-11-22", records, teamRepTotals: [], stages });
    const report = computePriorities({ stages, subject: closers, prior: organization, benchmarks: organizationBenchmarks });
    expect(closers.workingDays).toBe(180);
    // 3 reps × 60 dials a day: still 60 a rep-day.
    expect(report.levers[0]?.actual).toBe(60);
    expect(report.focus).toBe("proposals_to_won");
  });

  it("falls back to the team's top quartile when nobody set benchmarks", () => {
    const quartiles = resolveBenchmarks({ levers, teamId: "team-a", asOf: "2026-11-22", records: [], teamRepTotals: Object.values(reps), stages });
    expect(quartiles.meetings_to_opportunities).toMatchObject({ source: "team_top_quartile", sampleSize: 8 });
    const report = coach(
      reps.weakDiscovery,
      team,
      Object.fromEntries(Object.entries(quartiles).filter((entry): entry is [string, ResolvedBenchmark] => entry[1] !== null)),
    );
    expect(report.focus).toBe("meetings_to_opportunities");
  });
});
