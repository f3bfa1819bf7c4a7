import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  readPerception,
  FEEDBACK_ANONYMITY_THRESHOLD,
  NO_WINDOW_FACTS,
  cadenceKept,
  coachedRatioChange,
  commitmentsOnTime,
  computeScorecards,
  developmentPriority,
  formatMetricValue,
  leaderPlanProgress,
  leverChange,
  median,
  relativeGap,
  repKeptCadence,
  scorecardWindows,
  shuffle,
  summarizeFeedback,
  type CoachedPlanFact,
  type LeaderCompetencyRef,
  type ManagerFacts,
  type ManagerWindowFacts,
  type MetricReading,
} from ".";

// A 90-day window: 31 + 28 + 31 days.
const WINDOW = { from: "2026-01-01", to: "2026-03-31" };
const LONG_AGO = "2025-06-01";

const measured = (value: number, sample = 10): MetricReading => ({ status: "measured", value, sample, minSample: 2 });
const noFacts: ManagerWindowFacts = NO_WINDOW_FACTS;
const COMPETENCIES: LeaderCompetencyRef[] = [
  { id: "hiring", name: "Hiring", metricKey: null },
  { id: "coaching", name: "Coaching", metricKey: "coaching_cadence" },
  { id: "accountability", name: "Driving accountability", metricKey: "commitment_completion" },
  { id: "developing", name: "Developing people", metricKey: "plans_improvement" },
];
/** A ratio sample: `successes` out of `attempts`. */
const sample = (successes: number, attempts: number) => ({ numerator: successes, denominator: attempts });

describe("cadence kept, by hand", () => {
  it("expects floor(days on team / cadence) meetings and forgives one in five", () => {
    // Biweekly over 90 days: 6 expected, 1 may slip.
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 5 }, "BIWEEKLY", WINDOW)).toBe(true);
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 4 }, "BIWEEKLY", WINDOW)).toBe(false);
    // Weekly: 12 expected, 2 may slip.
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 10 }, "WEEKLY", WINDOW)).toBe(true);
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 9 }, "WEEKLY", WINDOW)).toBe(false);
    // Monthly: 2 expected, none may slip.
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 1 }, "MONTHLY", WINDOW)).toBe(false);
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 2 }, "MONTHLY", WINDOW)).toBe(true);
  });

  it("judges a rep who joined during the window on their days on the team, and not at all before a meeting is due", () => {
    // On the team from 2026-03-04: 28 days → 2 biweekly meetings expected.
    expect(repKeptCadence({ onTeamFrom: "2026-03-04", held: 2 }, "BIWEEKLY", WINDOW)).toBe(true);
    expect(repKeptCadence({ onTeamFrom: "2026-03-04", held: 1 }, "BIWEEKLY", WINDOW)).toBe(false);
    // 12 days: nothing expected yet.
    expect(repKeptCadence({ onTeamFrom: "2026-03-20", held: 0 }, "BIWEEKLY", WINDOW)).toBeNull();
    // Joined after the window.
    expect(repKeptCadence({ onTeamFrom: "2026-04-10", held: 0 }, "BIWEEKLY", WINDOW)).toBeNull();
  });

  it("does not count a rep past cadence at the window's end, whatever they held before (#20: the dashboards' rule)", () => {
    // Five biweekly meetings is enough by count, but the last was 20 days before the window's end.
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 5, lastHeldOn: "2026-03-11" }, "BIWEEKLY", WINDOW)).toBe(false);
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 5, lastHeldOn: "2026-03-17" }, "BIWEEKLY", WINDOW)).toBe(true);
    // Too few meetings stays a miss however recent the last one.
    expect(repKeptCadence({ onTeamFrom: LONG_AGO, held: 4, lastHeldOn: "2026-03-30" }, "BIWEEKLY", WINDOW)).toBe(false);
  });

  it("is the share of judged reps, and not enough data below two", () => {
    const reading = cadenceKept(
      [
        { onTeamFrom: LONG_AGO, held: 6 },
        { onTeamFrom: LONG_AGO, held: 1 },
        { onTeamFrom: "2026-03-25", held: 0 },
      ],
      "BIWEEKLY",
      WINDOW,
    );
    expect(reading).toMatchObject({ status: "measured", value: 0.5, sample: 2 });
    expect(cadenceKept([{ onTeamFrom: LONG_AGO, held: 6 }], "BIWEEKLY", WINDOW)).toMatchObject({
      status: "not_enough_data",
      value: null,
      sample: 1,
      minSample: 2,
    });
    expect(cadenceKept([], "BIWEEKLY", WINDOW)).toMatchObject({ status: "not_enough_data", value: null, sample: 0 });
  });
});

describe("commitments on time", () => {
  it("is done-by-the-due-date over everything due that ended or is overdue", () => {
    expect(commitmentsOnTime({ onTime: 6, late: 1, missed: 2, overdue: 1 }, 5)).toMatchObject({ status: "measured", value: 0.6, sample: 10 });
  });
  it("says not enough data below the minimum, never 0 %", () => {
    expect(commitmentsOnTime({ onTime: 0, late: 0, missed: 1, overdue: 0 }, 3)).toMatchObject({
      status: "not_enough_data",
      value: null,
      sample: 1,
      minSample: 3,
    });
    expect(commitmentsOnTime({ onTime: 0, late: 0, missed: 0, overdue: 0 }, 3).value).toBeNull();
  });
});

describe("coached against uncoached", () => {
  it("measures a lever's relative change only on enough sample and a non-zero start", () => {
    // 25 % → 30 % of proposals won: up 20 %.
    expect(leverChange("ratio", sample(10, 40), sample(12, 40))).toBeCloseTo(0.2);
    expect(leverChange("ratio", sample(10, 29), sample(12, 40))).toBeNull();
    expect(leverChange("ratio", sample(0, 40), sample(12, 40))).toBeNull();
    // Volume: dials over working days (10 needed).
    expect(leverChange("volume", sample(400, 10), sample(500, 10))).toBeCloseTo(0.25);
  });

  /** Comparable reps named a, b, c… unless `ids` names them. */
  const comparables = (changes: [number, number][], ids = "abcdefgh") =>
    changes.map(([before, after], index) => ({ repId: ids[index] ?? `rep${index}`, before: sample(before, 100), after: sample(after, 100) }));

  it("is the mean coached change minus the mean of each plan's comparable reps", () => {
    const plans: CoachedPlanFact[] = [
      // Coached +50 % (20 → 30 of 100); comparables +10 % and −10 % → control 0.
      {
        kind: "ratio",
        coached: { before: sample(20, 100), after: sample(30, 100) },
        comparables: comparables([
          [20, 22],
          [20, 18],
        ]),
      },
      // Coached +20 %; comparable +20 % → control +20 %.
      { kind: "ratio", coached: { before: sample(25, 100), after: sample(30, 100) }, comparables: comparables([[25, 30]], "c") },
      // Coached −10 %; comparables 0 % and +10 % → control +5 %.
      {
        kind: "ratio",
        coached: { before: sample(40, 100), after: sample(36, 100) },
        comparables: comparables(
          [
            [10, 10],
            [30, 33],
          ],
          "ad",
        ),
      },
    ];
    const reading = coachedRatioChange(plans);
    // Coached mean (0.5 + 0.2 − 0.1) / 3 = 0.2; control mean (0 + 0.2 + 0.05) / 3 = 0.0833…
    expect(reading.status).toBe("measured");
    expect(reading.value).toBeCloseTo(0.2 - 0.25 / 3);
    expect(reading.sample).toBe(3);
    expect(reading.comparison).toMatchObject({ coachedPlans: 3, comparableReps: 4 });
    expect(reading.comparison?.coachedMeanChange).toBeCloseTo(0.2);
  });

  it("is not enough data below three measured plans or three comparable reps", () => {
    const plan = (reps: [number, number][]): CoachedPlanFact => ({
      kind: "ratio",
      coached: { before: sample(20, 100), after: sample(30, 100) },
      comparables: comparables(reps),
    });
    const twoPlans = coachedRatioChange([
      plan([
        [20, 22],
        [20, 18],
        [20, 20],
      ]),
      plan([
        [20, 22],
        [20, 18],
        [20, 20],
      ]),
    ]);
    expect(twoPlans).toMatchObject({ status: "not_enough_data", value: null, sample: 2, minSample: 3 });
    // The same two reps stand comparison for all three plans.
    const twoReps = coachedRatioChange([
      plan([
        [20, 22],
        [20, 18],
      ]),
      plan([[20, 22]]),
      plan([[20, 18]]),
    ]);
    expect(twoReps).toMatchObject({ status: "not_enough_data", value: null, comparison: { coachedPlans: 3, comparableReps: 2 } });
    // A plan whose coached rep has too small a sample does not count at all.
    const thin: CoachedPlanFact = {
      kind: "ratio",
      coached: { before: sample(2, 10), after: sample(3, 10) },
      comparables: comparables([
        [20, 22],
        [20, 18],
        [20, 20],
      ]),
    };
    expect(coachedRatioChange([thin, thin, thin]).sample).toBe(0);
  });
});

describe("rep feedback and the anonymity threshold", () => {
  const responses = (ratings: number[], comments: (string | null)[] = []) => ({
    count: ratings.length,
    ratingSum: ratings.reduce((sum, rating) => sum + rating, 0),
    comments: comments.filter((comment): comment is string => comment !== null),
  });

  it("hides everything at 2 responses: no average, no count, no comment", () => {
    const reading = summarizeFeedback(responses([5, 1], ["Great", "Too long"]));
    expect(reading).toEqual({ status: "below_threshold", needed: 3 });
    expect(FEEDBACK_ANONYMITY_THRESHOLD).toBe(3);
  });

  it("shows the average, the count and the comments at 3 responses", () => {
    const reading = summarizeFeedback(responses([5, 4, 2], ["Keep the role-plays", null, "  "]), () => 0);
    expect(reading).toEqual({ status: "shown", average: 11 / 3, count: 3, comments: ["Keep the role-plays"] });
  });

  it("returns the comments in the order the random source gives, without names or dates", () => {
    const facts = responses([4, 4, 4, 4], ["first", "second", "third"]);
    // random() = 0 always: Fisher–Yates swaps each last element with the first.
    expect(summarizeFeedback(facts, () => 0)).toMatchObject({ comments: ["second", "third", "first"] });
    // random() just under 1 always leaves the order as it is.
    expect(summarizeFeedback(facts, () => 0.999)).toMatchObject({ comments: ["first", "second", "third"] });
  });
});

describe("medians and the development priority", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("compares relatively for shares and counts, by difference for changes, and has no basis on a zero median", () => {
    expect(relativeGap("share", 0.5, 0.8)).toBeCloseTo(-0.375);
    expect(relativeGap("change", -0.05, 0.05)).toBeCloseTo(-0.1);
    expect(relativeGap("share", 0.2, 0)).toBeNull();
  });

  it("proposes the measured competency furthest below the median manager", () => {
    const priority = developmentPriority(COMPETENCIES, {
      cadence_kept: { reading: measured(0.5, 8), median: { value: 0.8, managers: 3 } },
      team_commitments_on_time: { reading: measured(0.6), median: { value: 0.75, managers: 3 } },
    });
    expect(priority).toMatchObject({ status: "priority", competency: { id: "coaching", name: "Coaching" }, metric: "cadence_kept", value: 0.5, median: 0.8 });
    expect(priority.reasonText).toBe("Reps coached on cadence: 50 % against 80 % for the median manager (38 % below, over 8 reps).");
  });

  it("has no clear priority within 10 % of the median, without data, or without a measured competency", () => {
    expect(
      developmentPriority(COMPETENCIES, {
        cadence_kept: { reading: measured(0.75), median: { value: 0.8, managers: 3 } },
        team_commitments_on_time: { reading: measured(0.9), median: { value: 0.75, managers: 3 } },
      }),
    ).toMatchObject({ status: "no_clear_priority", reason: "at_or_above_median" });
    expect(
      developmentPriority(COMPETENCIES, {
        cadence_kept: { reading: { status: "not_enough_data", value: null, sample: 1, minSample: 2 }, median: { value: 0.8, managers: 2 } },
      }),
    ).toMatchObject({ status: "no_clear_priority", reason: "not_enough_data" });
    expect(developmentPriority([{ id: "hiring", name: "Hiring", metricKey: null }], {})).toMatchObject({
      status: "no_clear_priority",
      reason: "no_measured_competency",
    });
  });
});

describe("leader plan progress", () => {
  const plan = { unit: "share" as const, baseline: 0.4, target: 0.8, startedOn: "2026-01-01", targetDate: "2026-04-01" };
  it("is achieved at the target, on track on the path, behind below it, and honest without data", () => {
    // 45 of 90 days: the path expects 60 %.
    expect(leaderPlanProgress(plan, measured(0.8), "2026-02-15").status).toBe("achieved");
    const onTrack = leaderPlanProgress(plan, measured(0.65), "2026-02-15");
    expect(onTrack.status).toBe("on_track");
    expect(onTrack.expected).toBeCloseTo(0.6);
    expect(leaderPlanProgress(plan, measured(0.5), "2026-02-15")).toMatchObject({
      status: "behind",
      reasonText: "Behind: 50 %; the path to 80 % expects 60 % by now.",
    });
    expect(leaderPlanProgress(plan, { status: "not_enough_data", value: null, sample: 1, minSample: 2 }, "2026-02-15").status).toBe("insufficient_data");
  });
});

describe("the organization's scorecards", () => {
  const windows = scorecardWindows("2026-03-31", 2);
  const facts = (overrides: Partial<ManagerWindowFacts>): ManagerWindowFacts => ({ ...noFacts, ...overrides });
  const team = (held: number[]) => held.map((count) => ({ onTeamFrom: LONG_AGO, held: count }));

  it("uses consecutive 90-day windows ending today, oldest first", () => {
    expect(windows).toEqual([
      { from: "2025-10-03", to: "2025-12-31" },
      { from: "2026-01-01", to: "2026-03-31" },
    ]);
  });

  it("reads every metric per window, with the median manager beside it and the priority", () => {
    const managers: ManagerFacts[] = [
      {
        managerId: "exemplary",
        cadence: "BIWEEKLY",
        windows: [
          facts({ reps: team([6, 6]) }),
          facts({
            reps: team([6, 6, 6]),
            teamCommitments: { onTime: 9, late: 0, missed: 1, overdue: 0 },
            completedOneOnOnes: 18,
            withFocus: 18,
            plansStarted: 2,
            feedback: { count: 4, ratingSum: 18, comments: ["Keep it up"] },
          }),
        ],
      },
      {
        managerId: "skips",
        cadence: "BIWEEKLY",
        windows: [
          facts({ reps: team([0, 0]) }),
          facts({
            reps: team([1, 1, 0]),
            teamCommitments: { onTime: 6, late: 1, missed: 3, overdue: 0 },
            completedOneOnOnes: 2,
            withFocus: 1,
            feedback: { count: 2, ratingSum: 4, comments: ["Hidden"] },
          }),
        ],
      },
      {
        managerId: "slips",
        cadence: "BIWEEKLY",
        windows: [
          facts({ reps: team([6]) }),
          facts({
            reps: team([6, 5, 4]),
            teamCommitments: { onTime: 2, late: 2, missed: 4, overdue: 2 },
            completedOneOnOnes: 17,
            withFocus: 10,
            feedback: { count: 3, ratingSum: 9, comments: [] },
          }),
        ],
      },
    ];
    const result = computeScorecards({ windows, managers, leaderCompetencies: COMPETENCIES }, { random: () => 0 });
    const card = (id: string) => result.managers.find((manager) => manager.managerId === id);
    const metric = (id: string, key: string) => card(id)?.metrics.find((entry) => entry.key === key);

    // Cadence now: 1, 0 and 2/3; median 2/3 of three managers.
    expect(metric("exemplary", "cadence_kept")?.current).toMatchObject({ status: "measured", value: 1, sample: 3 });
    expect(metric("skips", "cadence_kept")?.current).toMatchObject({ value: 0, sample: 3 });
    expect(metric("slips", "cadence_kept")?.median.value).toBeCloseTo(2 / 3);
    expect(metric("slips", "cadence_kept")?.median.managers).toBe(3);
    // The trend: the earlier window, where "slips" had one rep (not enough) — the median is of two managers.
    expect(metric("slips", "cadence_kept")?.trend[0]?.reading.status).toBe("not_enough_data");
    expect(metric("exemplary", "cadence_kept")?.trend[0]?.median).toEqual({ value: 0.5, managers: 2 });
    // Commitments on time: 0.9, 0.6 and 0.2 → median 0.6.
    expect(metric("slips", "team_commitments_on_time")?.current.value).toBeCloseTo(0.2);
    expect(metric("slips", "team_commitments_on_time")?.median.value).toBeCloseTo(0.6);
    // Focus worked: 1, 0.5 (2 meetings: not enough), 10/17.
    expect(metric("skips", "focus_worked")?.current.status).toBe("not_enough_data");
    expect(metric("slips", "focus_worked")?.current.value).toBeCloseTo(10 / 17);
    expect(metric("exemplary", "plans_started")?.current).toMatchObject({ status: "measured", value: 2 });
    expect(metric("exemplary", "coached_ratio_change")?.current.status).toBe("not_enough_data");

    // Feedback: shown for 4 and 3 responses, hidden for 2; the median is of those shown.
    expect(card("exemplary")?.feedback.current).toEqual({ status: "shown", average: 4.5, count: 4, comments: ["Keep it up"] });
    expect(card("skips")?.feedback.current).toEqual({ status: "below_threshold", needed: 3 });
    expect(card("slips")?.feedback.median).toEqual({ value: 3.75, managers: 2 });

    // Priorities: skips is furthest below on cadence; slips on commitments; exemplary has none.
    expect(card("skips")?.priority).toMatchObject({ status: "priority", competency: { name: "Coaching" } });
    expect(card("slips")?.priority).toMatchObject({ status: "priority", competency: { name: "Driving accountability" }, value: 0.2 });
    expect(card("exemplary")?.priority).toMatchObject({ status: "no_clear_priority", reason: "at_or_above_median" });
  });

  it("shows comments only for the current window", () => {
    const manager: ManagerFacts = {
      managerId: "m",
      cadence: "WEEKLY",
      windows: [facts({ feedback: { count: 5, ratingSum: 20, comments: ["old"] } }), facts({ feedback: { count: 3, ratingSum: 12, comments: ["new"] } })],
    };
    const [card] = computeScorecards({ windows, managers: [manager], leaderCompetencies: COMPETENCIES }).managers;
    expect(card?.feedback.trend[0]?.reading).toMatchObject({ status: "shown", comments: [] });
    expect(card?.feedback.current).toMatchObject({ status: "shown", comments: ["new"] });
  });

  it("pairs the manager's own average with the reps' (only from 3 answers) and the gap, in every window", () => {
    const manager: ManagerFacts = {
      managerId: "m",
      cadence: "WEEKLY",
      windows: [
        facts({ feedback: { count: 2, ratingSum: 6, comments: [] }, selfRating: { count: 4, ratingSum: 19 } }),
        facts({ feedback: { count: 4, ratingSum: 12, comments: [] }, selfRating: { count: 5, ratingSum: 24 } }),
      ],
    };
    const [card] = computeScorecards({ windows, managers: [manager], leaderCompetencies: COMPETENCIES }).managers;
    // Two answers: the reps' side stays hidden, so there is no gap either.
    expect(card?.perception.trend[0]?.reading).toEqual({ self: { average: 4.75, count: 4 }, reps: null, gap: null });
    expect(card?.perception.current.self).toEqual({ average: 4.8, count: 5 });
    expect(card?.perception.current.reps).toEqual({ average: 3, count: 4 });
    expect(card?.perception.current.gap).toBeCloseTo(1.8, 10);
    expect(card?.perception.trend.at(-1)?.reading).toEqual(card?.perception.current);
  });

  it("no self-rating means no self average and no gap", () => {
    expect(readPerception(undefined, { status: "shown", average: 4, count: 3, comments: [] })).toEqual({
      self: null,
      reps: { average: 4, count: 3 },
      gap: null,
    });
    expect(readPerception({ count: 0, ratingSum: 0 }, { status: "below_threshold", needed: 3 })).toEqual({ self: null, reps: null, gap: null });
  });

  it("formats values as a reader expects", () => {
    expect(formatMetricValue("share", 0.666)).toBe("67 %");
    expect(formatMetricValue("count", 3)).toBe("3");
    expect(formatMetricValue("change", 0.0625)).toBe("+6.3 pts");
    expect(formatMetricValue("change", -0.05)).toBe("−5 pts");
    expect(formatMetricValue("share", null)).toBe("—");
  });
});

describe("scorecard properties", () => {
  const count = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 50 }),
    fc.integer({ min: 0, max: 1e9 }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, Number.NaN, Number.POSITIVE_INFINITY),
  );
  const day = fc.integer({ min: 0, max: 800 }).map((offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
  const outcomes = fc.record({ onTime: count, late: count, missed: count, overdue: count });
  const leverSample = fc.record({ numerator: count, denominator: count });
  const windowFacts: fc.Arbitrary<ManagerWindowFacts> = fc.record({
    reps: fc.array(fc.record({ onTeamFrom: day, held: count }), { maxLength: 6 }),
    teamCommitments: outcomes,
    ownCommitments: outcomes,
    completedOneOnOnes: count,
    withFocus: count,
    plansStarted: count,
    plansAchieved: count,
    coachedPlans: fc.array(
      fc.record({
        kind: fc.constantFrom("ratio" as const, "volume" as const, "deal_size" as const),
        coached: fc.record({ before: leverSample, after: leverSample }),
        comparables: fc.array(fc.record({ repId: fc.constantFrom("a", "b", "c", "d"), before: leverSample, after: leverSample }), { maxLength: 5 }),
      }),
      { maxLength: 5 },
    ),
    feedback: fc.record({ count, ratingSum: count, comments: fc.array(fc.string(), { maxLength: 4 }) }),
  });
  const managers = fc.array(
    fc.record({
      managerId: fc.uuid(),
      cadence: fc.constantFrom("WEEKLY" as const, "BIWEEKLY" as const, "MONTHLY" as const),
      windows: fc.array(windowFacts, { minLength: 2, maxLength: 2 }),
    }),
    { maxLength: 5 },
  );

  it("never produces NaN or Infinity, keeps shares within 0–1, and measures exactly when there is a value", () => {
    fc.assert(
      fc.property(managers, (input) => {
        const result = computeScorecards({ windows: scorecardWindows("2026-06-30", 2), managers: input, leaderCompetencies: COMPETENCIES });
        for (const card of result.managers) {
          for (const metric of card.metrics) {
            for (const point of metric.trend) {
              const { reading } = point;
              expect(reading.status === "measured").toBe(reading.value !== null);
              if (reading.value !== null) expect(Number.isFinite(reading.value)).toBe(true);
              if (reading.value !== null && metric.unit === "share") expect(reading.value >= 0 && reading.value <= 1).toBe(true);
              expect(Number.isFinite(reading.sample)).toBe(true);
              if (point.median.value !== null) expect(Number.isFinite(point.median.value)).toBe(true);
            }
          }
          if (card.priority.status === "priority") expect(Number.isFinite(card.priority.gap)).toBe(true);
        }
      }),
    );
  });

  it("never shows feedback below the threshold, and shows every comment (shuffled) from it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }),
        fc.array(fc.string(), { maxLength: 6 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (ratings, comments, seed) => {
          const reading = summarizeFeedback({ count: ratings.length, ratingSum: ratings.reduce((sum, rating) => sum + rating, 0), comments }, () => seed);
          if (ratings.length < FEEDBACK_ANONYMITY_THRESHOLD) {
            expect(reading).toEqual({ status: "below_threshold", needed: FEEDBACK_ANONYMITY_THRESHOLD });
          } else {
            expect(reading.status).toBe("shown");
            if (reading.status !== "shown") return;
            expect(reading.average).toBeGreaterThanOrEqual(1);
            expect(reading.average).toBeLessThanOrEqual(5);
            expect(reading.count).toBe(ratings.length);
            expect([...reading.comments].sort()).toEqual(
              comments
                .map((comment) => comment.trim())
                .filter(Boolean)
                .sort(),
            );
          }
        },
      ),
    );
  });

  it("never counts a rep off cadence for holding more one-on-ones", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom("WEEKLY" as const, "BIWEEKLY" as const, "MONTHLY" as const),
        (onTeamFrom, held, cadence) => {
          const before = repKeptCadence({ onTeamFrom, held }, cadence, WINDOW);
          const after = repKeptCadence({ onTeamFrom, held: held + 1 }, cadence, WINDOW);
          if (before === true) expect(after).toBe(true);
          expect(before === null).toBe(after === null);
        },
      ),
    );
  });

  it("shuffles into a permutation whatever the random source answers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (items, answers) => {
          let call = 0;
          const shuffled = shuffle(items, () => answers[call++ % answers.length] ?? 0);
          expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        },
      ),
    );
  });
});
