import { describe, expect, it } from "vitest";
import { focusOf, funnelAtBenchmark, mostCommonFocus } from "./team-summary";
import type { LeverResult } from "./types";

const STAGES = [
  { key: "dials", label: "Dials" },
  { key: "conversations", label: "Conversations" },
  { key: "meetings", label: "Meetings" },
];
const benchmark = (value: number) => ({ value, source: "organization" as const });

describe("funnelAtBenchmark", () => {
  it("converts the team's own top of funnel at benchmark ratios, stage by stage", () => {
    const funnel = funnelAtBenchmark(STAGES, { dials: 1000, conversations: 80, meetings: 20 }, {
      dials_to_conversations: benchmark(0.1),
      conversations_to_meetings: benchmark(0.25),
    });
    expect(funnel).toEqual([
      { stage: "dials", label: "Dials", actual: 1000, atBenchmark: 1000 },
      { stage: "conversations", label: "Conversations", actual: 80, atBenchmark: 100 },
      { stage: "meetings", label: "Meetings", actual: 20, atBenchmark: 25 },
    ]);
  });

  it("stops at the first missing benchmark", () => {
    const funnel = funnelAtBenchmark(STAGES, { dials: 10 }, { dials_to_conversations: null, conversations_to_meetings: benchmark(0.5) });
    expect(funnel.map((point) => point.atBenchmark)).toEqual([10, null, null]);
    expect(funnel.map((point) => point.actual)).toEqual([10, 0, 0]);
  });
});

describe("mostCommonFocus", () => {
  it("counts the reps per focus lever, named by its competency", () => {
    const discovery = { lever: "meetings_to_opportunities", label: "Meetings → opportunities", competency: "Discovery" };
    const closing = { lever: "proposals_to_won", label: "Proposals → won", competency: null };
    expect(mostCommonFocus([closing, discovery, null, discovery])).toEqual({ lever: "meetings_to_opportunities", label: "Discovery", count: 2 });
    expect(mostCommonFocus([closing])).toEqual({ lever: "proposals_to_won", label: "Proposals → won", count: 1 });
  });

  it("breaks a tie by name, whatever the order of the reps", () => {
    const discovery = { lever: "meetings_to_opportunities", label: "Meetings → opportunities", competency: "Discovery" };
    const closing = { lever: "proposals_to_won", label: "Proposals → won", competency: "Closing" };
    expect(mostCommonFocus([discovery, closing])).toEqual({ lever: "proposals_to_won", label: "Closing", count: 1 });
    expect(mostCommonFocus([closing, discovery])).toEqual({ lever: "proposals_to_won", label: "Closing", count: 1 });
  });

  it("is null when no rep has a focus", () => {
    expect(mostCommonFocus([null, null])).toBeNull();
  });
});

describe("focusOf", () => {
  const lever = (overrides: Partial<LeverResult>): LeverResult => ({
    lever: "proposals_to_won",
    kind: "ratio",
    label: "Proposals → won",
    competency: null,
    actual: 0.2,
    estimate: 0.22,
    benchmark: 0.3,
    benchmarkSource: "organization",
    sampleSize: 40,
    liftRevenueMinor: 0,
    confidence: 0.5,
    confident: false,
    priority: 0,
    status: "below_benchmark",
    dataQuality: { status: "ok", reasons: [] },
    warnings: [],
    ...overrides,
  });

  it("summarises the focus lever, named by its competency and with the lift in whole minor units", () => {
    const report = {
      focus: "meetings_to_opportunities",
      levers: [lever({ liftRevenueMinor: 900_000 }), lever({ lever: "meetings_to_opportunities", label: "Meetings → opportunities", competency: { id: "c1", name: "Discovery" }, liftRevenueMinor: 1234.6, confidence: 0.91 })],
    };
    expect(focusOf(report)).toEqual({ lever: "meetings_to_opportunities", label: "Meetings → opportunities", competency: "Discovery", liftRevenueMinor: 1235, confidence: 0.91 });
  });

  it("is null without a focus, or when the focus is not among the levers", () => {
    expect(focusOf({ focus: null, levers: [lever({})] })).toBeNull();
    expect(focusOf({ focus: "dials", levers: [lever({})] })).toBeNull();
  });
});
