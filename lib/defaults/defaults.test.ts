import { describe, expect, it } from "vitest";
import {
  DEFAULT_BENCHMARKS,
  DEFAULT_FUNNEL,
  DEFAULT_LEADER_AGENDA,
  DEFAULT_LEADER_COMPETENCIES,
  DEFAULT_LEVER_KEYS,
  DEFAULT_REP_AGENDA,
  DEFAULT_REP_COMPETENCIES,
  DEFAULT_SALES_PLAYS,
} from "@/lib/defaults";

const allCompetencies = [...DEFAULT_REP_COMPETENCIES, ...DEFAULT_LEADER_COMPETENCIES];
const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe("default content", () => {
  it("derives the levers from the funnel", () => {
    expect(DEFAULT_LEVER_KEYS).toEqual([
      "volume",
      "dials_to_conversations",
      "conversations_to_meetings",
      "meetings_to_opportunities",
      "opportunities_to_proposals",
      "proposals_to_won",
      "deal_size",
    ]);
    expect(unique(DEFAULT_FUNNEL.map((stage) => stage.key))).toBe(true);
  });

  it("ties every rep competency to a valid lever, one competency per lever", () => {
    for (const competency of DEFAULT_REP_COMPETENCIES) expect(DEFAULT_LEVER_KEYS).toContain(competency.leverKey);
    expect(new Set(DEFAULT_REP_COMPETENCIES.map((c) => c.leverKey))).toEqual(new Set(DEFAULT_LEVER_KEYS));
  });

  it("has a benchmark for every lever and nothing else", () => {
    expect(Object.keys(DEFAULT_BENCHMARKS).sort()).toEqual([...DEFAULT_LEVER_KEYS].sort());
    for (const value of Object.values(DEFAULT_BENCHMARKS)) expect(value).toBeGreaterThan(0);
  });

  it("keeps keys and names unique", () => {
    expect(unique(DEFAULT_REP_COMPETENCIES.map((c) => c.key))).toBe(true);
    expect(unique(DEFAULT_LEADER_COMPETENCIES.map((c) => c.key))).toBe(true);
    expect(unique(DEFAULT_REP_COMPETENCIES.map((c) => c.name))).toBe(true);
    expect(unique(DEFAULT_LEADER_COMPETENCIES.map((c) => c.name))).toBe(true);
    expect(unique(DEFAULT_SALES_PLAYS.map((p) => p.title))).toBe(true);
  });

  it("gives every competency five non-empty rubric levels and 3-5 questions", () => {
    for (const competency of allCompetencies) {
      expect(competency.rubric).toHaveLength(5);
      for (const level of competency.rubric) {
        expect(level.trim()).not.toBe("");
        expect(level.length).toBeLessThanOrEqual(200);
      }
      expect(competency.questions.length).toBeGreaterThanOrEqual(3);
      expect(competency.questions.length).toBeLessThanOrEqual(5);
      expect(competency.description.trim()).not.toBe("");
    }
  });

  it("measures only the three scorecard leader competencies; the rest say they are judgement-only", () => {
    const measured = DEFAULT_LEADER_COMPETENCIES.filter((c) => c.metricKey !== null).map((c) => c.metricKey);
    expect(measured.sort()).toEqual(["coaching_cadence", "commitment_completion", "plans_improvement"]);
    for (const c of DEFAULT_LEADER_COMPETENCIES) {
      if (c.metricKey === null) expect(c.measuredBy.startsWith("Judgement only:")).toBe(true);
    }
  });

  it("has at least 12 plays, each on an existing competency with 3-6 steps, and one or more per competency", () => {
    expect(DEFAULT_SALES_PLAYS.length).toBeGreaterThanOrEqual(12);
    const keys = new Set(DEFAULT_REP_COMPETENCIES.map((c) => c.key));
    for (const play of DEFAULT_SALES_PLAYS) {
      expect(keys).toContain(play.competencyKey);
      expect(play.steps.length).toBeGreaterThanOrEqual(3);
      expect(play.steps.length).toBeLessThanOrEqual(6);
    }
    for (const key of keys) expect(DEFAULT_SALES_PLAYS.some((play) => play.competencyKey === key)).toBe(true);
  });

  it("orders the agendas: commitments reviewed first, development before topics, new commitments last", () => {
    expect(DEFAULT_REP_AGENDA.map((s) => s.section)).toEqual(["COMMITMENT_REVIEW", "NUMBERS", "FOCUS", "TOPICS", "NEW_COMMITMENTS"]);
    expect(DEFAULT_LEADER_AGENDA.map((s) => s.section)).toEqual([
      "COMMITMENT_REVIEW",
      "NUMBERS",
      "NUMBERS",
      "FOCUS",
      "TOPICS",
      "NEW_COMMITMENTS",
    ]);
  });
});
