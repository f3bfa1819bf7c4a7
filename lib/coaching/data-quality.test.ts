import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDataQuality, summarizeDataQuality, type DailyStageCounts } from "./data-quality";
import { addDays, isWorkingDay } from "./days";
import { computePriorities } from "./priorities";
import type { ActivityTotals, ResolvedBenchmark } from "./types";

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"].map((key) => ({ key, label: key[0]?.toUpperCase() + key.slice(1) }));
const WINDOW = { from: "2026-09-01", to: "2026-11-30" };

type Log = Record<string, Record<string, number>>;

/** The working days before the window's last day, from `start`. */
function workingDaysFrom(start: string): string[] {
  const days: string[] = [];
  for (let day = start; day < WINDOW.to; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/**
 * Clean logging: every working day from a start (plus some weekend days), every stage logged, each
 * stage at most the one before it that day.
 */
const cleanLog = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 40 }),
    perDay: fc.array(fc.record({ top: fc.integer({ min: 6, max: 120 }), rates: fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }) }), { minLength: 91, maxLength: 91 }),
    weekends: fc.boolean(),
    lastDayLogged: fc.boolean(),
  })
  .map(({ startOffset, perDay, weekends, lastDayLogged }) => {
    const log: Log = Object.fromEntries(STAGES.map((stage) => [stage.key, {}]));
    const start = addDays(WINDOW.from, startOffset);
    for (let offset = startOffset; offset < 91; offset++) {
      const day = addDays(WINDOW.from, offset);
      if (day > WINDOW.to || (day === WINDOW.to && !lastDayLogged) || (!isWorkingDay(day) && !weekends)) continue;
      const draw = perDay[offset] ?? { top: 10, rates: [] };
      let count = draw.top;
      STAGES.forEach((stage, index) => {
        if (index > 0) count = Math.max(1, Math.floor(count * (draw.rates[index - 1] ?? 1)));
        (log[stage.key] as Record<string, number>)[day] = count;
      });
    }
    return { log, start };
  });

const codesOf = (log: DailyStageCounts, lever: string) => (checkDataQuality({ stages: STAGES, daily: log, window: WINDOW })[lever]?.reasons ?? []).map((reason) => reason.code);
const clone = (log: Log): Log => Object.fromEntries(Object.entries(log).map(([stage, days]) => [stage, { ...days }]));

describe("checkDataQuality", () => {
  it("never flags clean logging", () => {
    fc.assert(
      fc.property(cleanLog, ({ log }) => {
        expect(checkDataQuality({ stages: STAGES, daily: log, window: WINDOW })).toEqual({});
      }),
    );
  });

  it("always flags a later stage logged above the one before it", () => {
    fc.assert(
      fc.property(cleanLog, fc.integer({ min: 1, max: STAGES.length - 1 }), ({ log }, index) => {
        const from = STAGES[index - 1]?.key ?? "";
        const to = STAGES[index]?.key ?? "";
        const planted = clone(log);
        for (const [day, value] of Object.entries(planted[from] ?? {})) (planted[to] as Record<string, number>)[day] = value + 1;
        const reasons = checkDataQuality({ stages: STAGES, daily: planted, window: WINDOW })[`${from}_to_${to}`]?.reasons ?? [];
        const reason = reasons.find((entry) => entry.code === "later_above_earlier");
        expect(reason?.days.length).toBeGreaterThan(0);
      }),
    );
  });

  it("always flags later stages logged on days without the top of the funnel", () => {
    fc.assert(
      fc.property(cleanLog, fc.integer({ min: 3, max: 8 }), fc.nat(), ({ log, start }, count, seed) => {
        const days = workingDaysFrom(start);
        const planted = clone(log);
        // Never the first day: the rep is measured from the first day anything is logged.
        const chosen = days.slice(1).filter((_, index) => (index + seed) % 3 === 0).slice(0, count);
        fc.pre(chosen.length === count);
        for (const day of chosen) delete planted.dials?.[day];
        expect(codesOf(planted, "volume")).toContain("stage_without_top");
        expect(codesOf(planted, "dials_to_conversations")).toContain("stage_without_top");
      }),
    );
  });

  it("always flags working days with nothing logged", () => {
    fc.assert(
      fc.property(cleanLog, fc.double({ min: 0.2, max: 0.6, noNaN: true }), ({ log, start }, share) => {
        const days = workingDaysFrom(start);
        const planted = clone(log);
        const count = Math.max(3, Math.ceil(share * days.length));
        // Spread over the span after the first day.
        const step = Math.max(1, Math.floor((days.length - 1) / count));
        const chosen = days.slice(1).filter((_, index) => index % step === 0).slice(0, count);
        fc.pre(chosen.length === count);
        for (const day of chosen) for (const stage of STAGES) delete planted[stage.key]?.[day];
        const volume = checkDataQuality({ stages: STAGES, daily: planted, window: WINDOW }).volume;
        expect(volume?.status).toBe("suspect");
        expect(volume?.reasons.find((reason) => reason.code === "empty_working_days")?.days).toEqual(chosen);
      }),
    );
  });

  it("always flags a sudden stop after steady logging, of one stage or of everything", () => {
    fc.assert(
      fc.property(cleanLog, fc.integer({ min: 0, max: STAGES.length - 1 }), fc.integer({ min: 5, max: 20 }), ({ log, start }, index, run) => {
        const days = workingDaysFrom(start);
        fc.pre(days.length >= run + 10);
        const planted = clone(log);
        const stopped = days.slice(days.length - run);
        // The window's last day too: a stop goes on up to now.
        const removed = index === 0 ? STAGES : STAGES.slice(index, index + 1);
        for (const day of [...stopped, WINDOW.to]) for (const stage of removed) delete planted[stage.key]?.[day];
        const stage = STAGES[index]?.key ?? "";
        const lever = index === 0 ? "volume" : `${STAGES[index - 1]?.key}_to_${stage}`;
        const reason = checkDataQuality({ stages: STAGES, daily: planted, window: WINDOW })[lever]?.reasons.find((entry) => entry.code === "sudden_stop");
        expect(reason?.days).toEqual(stopped);
      }),
    );
  });

  it("does not check stages without a day-by-day log (counted from CRM deals)", () => {
    const dials = Object.fromEntries(workingDaysFrom(WINDOW.from).map((day) => [day, 10]));
    expect(checkDataQuality({ stages: STAGES, daily: { dials }, window: WINDOW })).toEqual({});
  });

  it("names the days and the stages in its reasons", () => {
    const log: Log = { dials: {}, conversations: {} };
    for (const day of workingDaysFrom(WINDOW.from)) {
      (log.dials as Record<string, number>)[day] = 40;
      if (day < "2026-11-16") (log.conversations as Record<string, number>)[day] = 4;
    }
    const result = checkDataQuality({ stages: STAGES.slice(0, 2), daily: log, window: WINDOW });
    const reason = result.dials_to_conversations?.reasons[0];
    expect(reason?.code).toBe("sudden_stop");
    expect(reason?.days).toEqual(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
    expect(reason?.message).toMatch(/Conversations were logged on 100% of working days, then on none of the 10 since/);
    expect(summarizeDataQuality([{ lever: "dials_to_conversations", label: "Conversations / dials", dataQuality: result.dials_to_conversations ?? { status: "ok", reasons: [] } }]).summary).toMatch(/^Data problem, not a rep problem/);
  });
});

describe("computePriorities with the data checks", () => {
  // A rep who stopped logging conversations three weeks ago: the opening ratio looks weak.
  const log: Log = { dials: {}, conversations: {} };
  for (const day of workingDaysFrom(WINDOW.from)) {
    (log.dials as Record<string, number>)[day] = 50;
    if (day < "2026-11-09") (log.conversations as Record<string, number>)[day] = 5;
  }
  const stages = STAGES.slice(0, 2);
  const sum = (stage: string) => Object.values(log[stage] ?? {}).reduce((total, value) => total + value, 0);
  const subject: ActivityTotals = { stageCounts: { dials: sum("dials"), conversations: sum("conversations") }, revenueMinor: 1_000_000, workingDays: 64 };
  const prior: ActivityTotals = { stageCounts: { dials: 32_000, conversations: 3_200 }, revenueMinor: 10_000_000, workingDays: 640 };
  const benchmarks: Record<string, ResolvedBenchmark> = { volume: { value: 60, source: "team" }, dials_to_conversations: { value: 0.1, source: "team" }, deal_size: { value: 1, source: "team" } };

  it("without the log, the weak ratio is the focus", () => {
    expect(computePriorities({ stages, subject, prior, benchmarks }).focus).toBe("dials_to_conversations");
  });

  it("with it, the suspect ratio is never the focus and the reason says it is a data problem", () => {
    const report = computePriorities({ stages, subject, prior, benchmarks, daily: { counts: log, window: WINDOW } });
    expect(report.focus).toBeNull();
    expect(report.reason).toBe("data_quality");
    expect(report.reasonText).toMatch(/^Data problem, not a rep problem: the biggest gap \(Conversations \/ dials\)/);
    expect(report.dataQuality.status).toBe("suspect");
    expect(report.dataQuality.suspectLevers).toEqual(["dials_to_conversations"]);
    expect(report.levers.find((lever) => lever.lever === "volume")?.dataQuality.status).toBe("ok");
  });

  it("effort first coaches a confident volume gap before the ratio, and says which rule chose", () => {
    const clean: Log = { dials: {}, conversations: {} };
    for (const day of workingDaysFrom(WINDOW.from)) {
      (clean.dials as Record<string, number>)[day] = 50;
      (clean.conversations as Record<string, number>)[day] = 3;
    }
    const weak: ActivityTotals = { stageCounts: { dials: 3_200, conversations: 192 }, revenueMinor: 1_000_000, workingDays: 64 };
    const byRevenue = computePriorities({ stages, subject: weak, prior, benchmarks, daily: { counts: clean, window: WINDOW } });
    expect(byRevenue.focus).toBe("dials_to_conversations");
    expect(byRevenue.chosenBy).toBe("revenue_at_stake");
    const effortFirst = computePriorities({ stages, subject: weak, prior, benchmarks, daily: { counts: clean, window: WINDOW }, focusRule: "effort_first" });
    expect(effortFirst.focus).toBe("volume");
    expect(effortFirst.focusRule).toBe("effort_first");
    expect(effortFirst.chosenBy).toBe("effort_first");
    expect(effortFirst.reasonText).toMatch(/effort comes first/);
  });

  it("effort first falls back to revenue at stake without a confident volume gap", () => {
    const report = computePriorities({ stages, subject: { ...subject, stageCounts: { dials: 4_000, conversations: 200 } }, prior, benchmarks, focusRule: "effort_first" });
    expect(report.focus).toBe("dials_to_conversations");
    expect(report.chosenBy).toBe("revenue_at_stake");
  });

  it("a suspect lever never becomes the focus, whatever the numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 20_000 }), fc.integer({ min: 0, max: 2_000 }), fc.constantFrom<"revenue_at_stake" | "effort_first">("revenue_at_stake", "effort_first"), (dials, conversations, focusRule) => {
        const report = computePriorities({ stages, subject: { ...subject, stageCounts: { dials, conversations: Math.min(dials, conversations) } }, prior, benchmarks, daily: { counts: log, window: WINDOW }, focusRule });
        const suspect = report.levers.filter((lever) => lever.dataQuality.status === "suspect").map((lever) => lever.lever);
        expect(suspect).not.toContain(report.focus);
      }),
    );
  });
});
