// Is the data behind each lever believable? Manually logged activity is often a fraction of the real
// thing, and a ratio computed from a logging gap looks exactly like a skill gap. Before a lever can
// become a focus, four checks run on the rep's day-by-day log (PRODUCT.md, data-quality-aware
// confidence). A lever that fails one is "suspect": a data problem, not a rep problem. Pure.
import { addDays, isWorkingDay } from "./days";
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

export interface DataQualityInput {
  stages: readonly FunnelStageDef[];
  /** Only the stages counted from logged activity: a stage counted from CRM deals is not checked. */
  daily: DailyStageCounts;
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

const logged = (counts: Readonly<Record<string, number>> | undefined, day: string) => (counts?.[day] ?? 0) > 0;

function listDays(days: readonly string[]): string {
  const shown = days.slice(0, 5).map((day) => formatDate(day));
  return days.length > 5 ? `${shown.join(", ")} and ${days.length - 5} more` : shown.join(", ");
}

const lower = (label: string) => label.toLowerCase();

/** The data quality of every lever of the funnel (levers without a finding are CLEAN). */
export function checkDataQuality(input: DataQualityInput): Record<string, LeverDataQuality> {
  const result: Record<string, LeverDataQuality> = {};
  const flag = (lever: string, reason: DataQualityReason) => {
    const current = result[lever];
    if (current && current !== CLEAN) current.reasons.push(reason);
    else result[lever] = { status: "suspect", reasons: [reason] };
  };
  const stages = input.stages.filter((stage) => input.daily[stage.key] !== undefined);
  if (stages.length === 0) return result;

  // Every day anything was logged in the window, and the first of them: the rep is measured from there.
  const loggedDays = new Set<string>();
  for (const stage of stages) for (const [day, value] of Object.entries(input.daily[stage.key] ?? {})) if (value > 0 && day >= input.window.from && day <= input.window.to) loggedDays.add(day);
  if (loggedDays.size === 0) return result;
  const firstDay = [...loggedDays].sort()[0] ?? input.window.from;
  // The window's last day may still be in progress: gaps and stops are judged on the days before it.
  const workingDays: string[] = [];
  for (let day = firstDay; day < input.window.to; day = addDays(day, 1)) if (isWorkingDay(day)) workingDays.push(day);

  const top = input.stages[0];
  const topCounts = top ? input.daily[top.key] : undefined;

  // 1. A later stage above the one before it over the window: more conversations than dials cannot be.
  for (let index = 0; index + 1 < input.stages.length; index++) {
    const from = input.stages[index];
    const to = input.stages[index + 1];
    const fromCounts = from ? input.daily[from.key] : undefined;
    const toCounts = to ? input.daily[to.key] : undefined;
    if (!from || !to || !fromCounts || !toCounts) continue;
    let fromTotal = 0;
    let toTotal = 0;
    const days: string[] = [];
    for (const [day, value] of Object.entries(toCounts)) {
      if (day < input.window.from || day > input.window.to) continue;
      toTotal += value;
      if (value > (fromCounts[day] ?? 0)) days.push(day);
    }
    for (const [day, value] of Object.entries(fromCounts)) if (day >= input.window.from && day <= input.window.to) fromTotal += value;
    if (toTotal > fromTotal) {
      days.sort();
      flag(ratioKey(from.key, to.key), {
        code: "later_above_earlier",
        message: `More ${lower(to.label)} (${Math.round(toTotal)}) than ${lower(from.label)} (${Math.round(fromTotal)}) were logged in this window; ${lower(to.label)} outnumber ${lower(from.label)} on ${listDays(days)}.`,
        days,
      });
    }
  }

  // 2. Later stages logged on days the top of the funnel is not: that day's top is probably missing.
  if (top && topCounts) {
    const days = [...loggedDays].filter((day) => !logged(topCounts, day)).sort();
    if (days.length >= MIN_DAYS_WITHOUT_TOP) {
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
  const emptyDays = workingDays.filter((day) => !loggedDays.has(day));
  if (emptyDays.length >= MIN_EMPTY_DAYS && emptyDays.length >= MIN_EMPTY_SHARE * workingDays.length) {
    flag(VOLUME, {
      code: "empty_working_days",
      message: `Nothing was logged on ${emptyDays.length} of ${workingDays.length} working days (${listDays(emptyDays)}): volume per day counts them as zero.`,
      days: emptyDays,
    });
  }

  // 4. A sudden stop after steady logging: a stage logged on most days, then not at all up to now.
  for (let index = 0; index < input.stages.length; index++) {
    const stage = input.stages[index];
    const counts = stage ? input.daily[stage.key] : undefined;
    if (!stage || !counts) continue;
    let run = 0;
    while (run < workingDays.length && !logged(counts, workingDays[workingDays.length - 1 - run] ?? "")) run++;
    if (run < MIN_STOP_DAYS) continue;
    const before = workingDays.slice(0, workingDays.length - run);
    if (before.length < MIN_DAYS_BEFORE_STOP) continue;
    const missedShare = before.filter((day) => !logged(counts, day)).length / before.length;
    if (missedShare ** run > STOP_CHANCE) continue;
    const stopped = workingDays.slice(workingDays.length - run);
    const since = formatDate(stopped[0] ?? "");
    if (index === 0) {
      flag(VOLUME, { code: "sudden_stop", message: `${stage.label} were logged on ${Math.round((1 - missedShare) * 100)}% of working days, then on none of the ${run} since ${since}.`, days: stopped });
      continue;
    }
    // A later stage that stops while the top of the funnel goes on is a logging gap in that stage;
    // when everything stops, the ratios are unharmed (the top's stop speaks for the volume).
    const topGoesOn = topCounts !== undefined && stopped.filter((day) => logged(topCounts, day)).length * 2 >= stopped.length;
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
