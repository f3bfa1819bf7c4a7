// Is the data behind each lever believable? Manually logged activity is often a fraction of the real
// thing, and a ratio computed from a logging gap looks exactly like a skill gap. Before a lever can
// become a focus, four checks run on the rep's day-by-day log (PRODUCT.md, data-quality-aware
// confidence). A lever that fails one is "suspect": a data problem, not a rep problem. Pure.
import { addDays, daysBetween } from "./days";
import { VOLUME, ratioKey, type FunnelStageDef } from "./levers";
import { formatDate } from "@/lib/format";

export type DataQualityCode = "later_above_earlier" | "stage_without_top" | "empty_working_days" | "sudden_stop";

export interface DataQualityReason {
  code: DataQualityCode;
  message: string;
  /** The days involved, oldest first. */
  days: string[];
}

export interface LeverDataQuality {
  status: "ok" | "suspect";
  reasons: DataQualityReason[];
}

/** Stage key → day (YYYY-MM-DD) → count logged; days with nothing logged for the stage absent. */
export type DailyStageCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The same log as the loaders hand it over, by day offset (index 0 is the window's first day): which
 * days each stage was logged on, the stage's total, and the day-by-day counts only of the stages
 * check 1 compares day by day (see `stagesToCompareByDay`). The checks run over offsets, so a team's
 * worth of reps costs no date-string arithmetic; days become strings only in a finding's message.
 */
export interface DailyLog {
  /** Stage → 1 on each day with a positive count, else 0; a stage never logged in the window is absent. */
  readonly logged: Readonly<Record<string, Uint8Array>>;
  /** Stage → its total over the window. */
  readonly totals: Readonly<Record<string, number>>;
  /** Stage → count per day, at least for every stage `stagesToCompareByDay` names. */
  readonly counts: Readonly<Record<string, Float64Array>>;
}

export interface DataQualityInput {
  stages: readonly FunnelStageDef[];
  /** Only the stages counted from logged activity: a stage counted from CRM deals is not checked. */
  daily: DailyStageCounts | DailyLog;
  window: { from: string; to: string };
}

/** At least this many days of a later stage logged without the top of the funnel. */
export const MIN_DAYS_WITHOUT_TOP = 3;
/** Empty working days: at least this many, and at least this share of the working days logged over. */
export const MIN_EMPTY_DAYS = 3;
export const MIN_EMPTY_SHARE = 0.2;
/** A stop: at least this many working days in a row, after at least MIN_DAYS_BEFORE_STOP working days… */
export const MIN_STOP_DAYS = 5;
export const MIN_DAYS_BEFORE_STOP = 10;
/** …and a run this long would happen by chance at most once in a thousand at the rep's own logging rate. */
export const STOP_CHANCE = 0.001;

export const CLEAN: LeverDataQuality = Object.freeze({ status: "ok", reasons: Object.freeze([]) as unknown as DataQualityReason[] }) as LeverDataQuality;

function listDays(days: readonly string[]): string {
  const shown = days.slice(0, 5).map((day) => formatDate(day));
  return days.length > 5 ? `${shown.join(", ")} and ${days.length - 5} more` : shown.join(", ");
}

const lower = (label: string) => label.toLowerCase();

/** A day-keyed log by day offset, with every stage's counts (days outside the window dropped). */
export function toDailyLog(daily: DailyStageCounts, window: { from: string; to: string }): DailyLog {
  const length = Math.max(0, daysBetween(window.from, window.to) + 1);
  const logged: Record<string, Uint8Array> = {};
  const totals: Record<string, number> = {};
  const counts: Record<string, Float64Array> = {};
  for (const [stage, days] of Object.entries(daily)) {
    const perDay = new Float64Array(length);
    const loggedOn = new Uint8Array(length);
    let total = 0;
    for (const [day, value] of Object.entries(days)) {
      const offset = daysBetween(window.from, day);
      if (offset < 0 || offset >= length) continue;
      perDay[offset] = value;
      loggedOn[offset] = value > 0 ? 1 : 0;
      total += value;
    }
    counts[stage] = perDay;
    logged[stage] = loggedOn;
    totals[stage] = total;
  }
  return { logged, totals, counts };
}

function isDailyLog(daily: DailyStageCounts | DailyLog): daily is DailyLog {
  const log = daily as Partial<DailyLog>;
  return typeof log.logged === "object" && typeof log.totals === "object" && typeof log.counts === "object" && Object.values(log.logged ?? {}).every((days) => days instanceof Uint8Array);
}

/**
 * The stages whose day-by-day counts check 1 needs: both of each adjacent pair whose later stage's
 * total outnumbers the earlier's. Rare in clean data, so a loader reads only logged days and totals
 * and fetches counts for these alone.
 */
export function stagesToCompareByDay(stages: readonly { key: string }[], totals: Readonly<Record<string, number | undefined>>): string[] {
  const needed = new Set<string>();
  for (let index = 0; index + 1 < stages.length; index++) {
    const from = stages[index];
    const to = stages[index + 1];
    if (!from || !to) continue;
    const fromTotal = totals[from.key];
    const toTotal = totals[to.key];
    if (fromTotal === undefined || toTotal === undefined || toTotal <= fromTotal) continue;
    needed.add(from.key);
    needed.add(to.key);
  }
  return [...needed];
}

/** The data quality of every lever of the funnel (levers without a finding are CLEAN). */
export function checkDataQuality(input: DataQualityInput): Record<string, LeverDataQuality> {
  const result: Record<string, LeverDataQuality> = {};
  const flag = (lever: string, reason: DataQualityReason) => {
    const current = result[lever];
    if (current && current !== CLEAN) current.reasons.push(reason);
    else result[lever] = { status: "suspect", reasons: [reason] };
  };
  const log = isDailyLog(input.daily) ? input.daily : toDailyLog(input.daily, input.window);
  const stages = input.stages.filter((stage) => log.logged[stage.key] !== undefined);
  if (stages.length === 0) return result;
  const length = daysBetween(input.window.from, input.window.to) + 1;
  const dayAt = (offset: number) => addDays(input.window.from, offset);
  const daysAt = (offsets: readonly number[]) => offsets.map(dayAt);
  const logged = (days: Uint8Array | undefined, offset: number) => days?.[offset] === 1;

  // Every day anything was logged in the window, and the first of them: the rep is measured from there.
  const loggedAny = new Uint8Array(Math.max(0, length));
  let loggedCount = 0;
  for (const stage of stages) {
    const days = log.logged[stage.key];
    if (!days) continue;
    for (let offset = 0; offset < length; offset++) if (days[offset] === 1 && loggedAny[offset] === 0) {
      loggedAny[offset] = 1;
      loggedCount++;
    }
  }
  if (loggedCount === 0) return result;
  const firstOffset = loggedAny.indexOf(1);
  // The window's last day may still be in progress: gaps and stops are judged on the days before it.
  const firstWeekday = new Date(`${input.window.from}T00:00:00Z`).getUTCDay();
  const workingDays: number[] = [];
  for (let offset = firstOffset; offset < length - 1; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) workingDays.push(offset);
  }

  const top = input.stages[0];
  const topLogged = top ? log.logged[top.key] : undefined;

  // 1. A later stage above the one before it over the window: more conversations than dials cannot be.
  for (let index = 0; index + 1 < input.stages.length; index++) {
    const from = input.stages[index];
    const to = input.stages[index + 1];
    if (!from || !to || !log.logged[from.key] || !log.logged[to.key]) continue;
    const fromTotal = log.totals[from.key] ?? 0;
    const toTotal = log.totals[to.key] ?? 0;
    if (toTotal <= fromTotal) continue;
    const fromCounts = log.counts[from.key];
    const toCounts = log.counts[to.key];
    const offsets: number[] = [];
    // Without the counts (a loader that asked before the funnel was reordered) the finding stands, unlisted.
    if (fromCounts && toCounts)
      for (let offset = 0; offset < length; offset++) {
        const later = toCounts[offset] ?? 0;
        if (later > 0 && later > (fromCounts[offset] ?? 0)) offsets.push(offset);
      }
    const days = daysAt(offsets);
    const where = days.length > 0 ? `; ${lower(to.label)} outnumber ${lower(from.label)} on ${listDays(days)}` : "";
    flag(ratioKey(from.key, to.key), {
      code: "later_above_earlier",
      message: `More ${lower(to.label)} (${Math.round(toTotal)}) than ${lower(from.label)} (${Math.round(fromTotal)}) were logged in this window${where}.`,
      days,
    });
  }

  // 2. Later stages logged on days the top of the funnel is not: that day's top is probably missing.
  if (top && topLogged) {
    const offsets: number[] = [];
    for (let offset = 0; offset < length; offset++) if (loggedAny[offset] === 1 && !logged(topLogged, offset)) offsets.push(offset);
    if (offsets.length >= MIN_DAYS_WITHOUT_TOP) {
      const days = daysAt(offsets);
      const reason: DataQualityReason = {
        code: "stage_without_top",
        message: `Later stages were logged on ${days.length} days with no ${lower(top.label)} logged (${listDays(days)}): those days' ${lower(top.label)} are probably missing.`,
        days,
      };
      flag(VOLUME, reason);
      const next = input.stages[1];
      if (next) flag(ratioKey(top.key, next.key), { ...reason, days: [...days] });
    }
  }

  // 3. Working days with nothing logged at all: volume per day counts them as zero.
  const emptyOffsets = workingDays.filter((offset) => loggedAny[offset] === 0);
  if (emptyOffsets.length >= MIN_EMPTY_DAYS && emptyOffsets.length >= MIN_EMPTY_SHARE * workingDays.length) {
    const emptyDays = daysAt(emptyOffsets);
    flag(VOLUME, {
      code: "empty_working_days",
      message: `Nothing was logged on ${emptyDays.length} of ${workingDays.length} working days (${listDays(emptyDays)}): volume per day counts them as zero.`,
      days: emptyDays,
    });
  }

  // 4. A sudden stop after steady logging: a stage logged on most days, then not at all up to now.
  for (let index = 0; index < input.stages.length; index++) {
    const stage = input.stages[index];
    const counts = stage ? log.logged[stage.key] : undefined;
    if (!stage || !counts) continue;
    let run = 0;
    while (run < workingDays.length && !logged(counts, workingDays[workingDays.length - 1 - run] ?? -1)) run++;
    if (run < MIN_STOP_DAYS) continue;
    const beforeCount = workingDays.length - run;
    if (beforeCount < MIN_DAYS_BEFORE_STOP) continue;
    let missed = 0;
    for (let position = 0; position < beforeCount; position++) if (!logged(counts, workingDays[position] ?? -1)) missed++;
    const missedShare = missed / beforeCount;
    if (missedShare ** run > STOP_CHANCE) continue;
    const stoppedOffsets = workingDays.slice(beforeCount);
    const stopped = daysAt(stoppedOffsets);
    const since = formatDate(stopped[0] ?? "");
    if (index === 0) {
      flag(VOLUME, { code: "sudden_stop", message: `${stage.label} were logged on ${Math.round((1 - missedShare) * 100)}% of working days, then on none of the ${run} since ${since}.`, days: stopped });
      continue;
    }
    // A later stage that stops while the top of the funnel goes on is a logging gap in that stage;
    // when everything stops, the ratios are unharmed (the top's stop speaks for the volume).
    const topGoesOn = topLogged !== undefined && stoppedOffsets.filter((offset) => logged(topLogged, offset)).length * 2 >= stoppedOffsets.length;
    if (!topGoesOn) continue;
    const reason: DataQualityReason = {
      code: "sudden_stop",
      message: `${stage.label} were logged on ${Math.round((1 - missedShare) * 100)}% of working days, then on none of the ${run} since ${since} while ${lower(top?.label ?? "activity")} went on.`,
      days: stopped,
    };
    const previous = input.stages[index - 1];
    const next = input.stages[index + 1];
    if (previous) flag(ratioKey(previous.key, stage.key), reason);
    if (next) flag(ratioKey(stage.key, next.key), { ...reason, days: [...stopped] });
  }
  return result;
}

/** The one-line summary over a report's levers. */
export function summarizeDataQuality(levers: readonly { lever: string; label: string; dataQuality: LeverDataQuality }[]): { status: "ok" | "suspect"; suspectLevers: string[]; summary: string } {
  const suspect = levers.filter((lever) => lever.dataQuality.status === "suspect");
  if (suspect.length === 0) return { status: "ok", suspectLevers: [], summary: "The logged activity passes every data check." };
  return {
    status: "suspect",
    suspectLevers: suspect.map((lever) => lever.lever),
    summary: `Data problem, not a rep problem: ${suspect.map((lever) => lever.label).join(", ")} ${suspect.length === 1 ? "rests" : "rest"} on suspect logging.`,
  };
}
