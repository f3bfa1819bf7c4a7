// The engine over one group of reps (a team, or the organization): each rep's priorities shrunk
// toward the group's pooled rates, grades against the quota pro-rated to the window. Pure: the
// server loads the settings, the roster and two grouped inputs and hands them over.
import { resolveBenchmarks, type BenchmarkRecord } from "./benchmarks";
import { workingDaysBetween } from "./days";
import { gradeFor, prorateQuota, type Grade } from "./grade";
import { leversFor, type FunnelStageDef, type LeverDef } from "./levers";
import { poolTotals } from "./pool-totals";
import type { DailyLog } from "./data-quality";
import { computePriorities } from "./priorities";
import type { ActivityTotals, FocusRule, PriorityReport, ResolvedBenchmark } from "./types";

export interface CoachingPeriodWindow {
  from: string;
  to: string;
}

/** What the engine needs from the organization. */
export interface CoachingSettings {
  currency: string;
  timeZone: string;
  fiscalYearStartMonth: number;
  confidenceThreshold: number;
  gradeThresholds: { a: number; b: number };
  stages: FunnelStageDef[];
  benchmarkRecords: BenchmarkRecord[];
  competencies: Partial<Record<string, { id: string; name: string }>>;
  /** How the focus is picked (default: revenue at stake). */
  focusRule?: FocusRule;
}

/** One rep's activity over the window, summed per stage ("revenue" in minor units). */
export interface RepStageTotals {
  repId: string;
  totals: Record<string, number>;
  /** Days with any activity logged in the window. */
  activeDays: number;
  /** First day with activity in the window (null when none). */
  firstDay: string | null;
  /** The day-by-day log of the stages counted from activity, for the data checks. */
  daily?: DailyLog;
}

export interface CoachingInputs {
  stageTotals: Map<string, RepStageTotals>;
  /** Quota pro-rated to the window, per rep, minor units. */
  quotas: Map<string, number>;
}

export interface RosterEntry {
  id: string;
  name: string;
  email: string;
  teamId: string | null;
}

export type CoachedRep<Rep extends RosterEntry = RosterEntry> = Rep & {
  totals: ActivityTotals;
  activeDays: number;
  report: PriorityReport;
  quotaMinor: number | null;
  grade: { grade: Grade | null; attainment: number | null };
};

export interface CoachedGroup<Window extends CoachingPeriodWindow = CoachingPeriodWindow, Settings extends CoachingSettings = CoachingSettings, Rep extends RosterEntry = RosterEntry> {
  window: Window;
  settings: Settings;
  levers: LeverDef[];
  benchmarks: Record<string, ResolvedBenchmark | null>;
  reps: CoachedRep<Rep>[];
  pooled: { totals: ActivityTotals; report: PriorityReport; quotaMinor: number | null; grade: { grade: Grade | null; attainment: number | null } };
}

export function toActivityTotals(stageKeys: readonly string[], entry: RepStageTotals | undefined, window: CoachingPeriodWindow): ActivityTotals {
  const stageCounts: Record<string, number> = {};
  for (const key of stageKeys) stageCounts[key] = entry?.totals[key] ?? 0;
  // A rep who started during the window is measured from their first active day, so a new
  // rep is not mistaken for a low-volume one.
  const start = entry?.firstDay && entry.firstDay > window.from ? entry.firstDay : window.from;
  return { stageCounts, revenueMinor: entry?.totals.revenue ?? 0, workingDays: entry?.firstDay ? Math.max(1, workingDaysBetween(start, window.to)) : 0 };
}

/**
 * Each rep is shrunk toward the group's pooled rates; benchmarks resolve team → organization →
 * the group's top quartile.
 */
export function coachGroup<Window extends CoachingPeriodWindow, Settings extends CoachingSettings, Rep extends RosterEntry>(args: {
  settings: Settings;
  teamId: string | null;
  reps: readonly Rep[];
  window: Window;
  inputs: CoachingInputs;
}): CoachedGroup<Window, Settings, Rep> {
  const { settings, window, inputs } = args;
  const stageKeys = settings.stages.map((stage) => stage.key);
  const levers = leversFor(settings.stages);
  const totalsByRep = new Map(args.reps.map((rep) => [rep.id, toActivityTotals(stageKeys, inputs.stageTotals.get(rep.id), window)]));
  const groupTotals = [...totalsByRep.values()];
  const pooledTotals = poolTotals(groupTotals);
  const benchmarks = resolveBenchmarks({
    levers,
    teamId: args.teamId,
    asOf: window.to,
    records: settings.benchmarkRecords,
    teamRepTotals: groupTotals,
    stages: settings.stages,
  });
  const common = {
    stages: settings.stages,
    benchmarks: Object.fromEntries(Object.entries(benchmarks).filter(([, value]) => value !== null)) as Record<string, ResolvedBenchmark>,
    competencies: settings.competencies,
    confidenceThreshold: settings.confidenceThreshold,
    focusRule: settings.focusRule,
  };

  const reps: CoachedRep<Rep>[] = args.reps.map((rep) => {
    const totals = totalsByRep.get(rep.id) ?? toActivityTotals(stageKeys, undefined, window);
    const quotaMinor = inputs.quotas.get(rep.id) ?? null;
    const daily = inputs.stageTotals.get(rep.id)?.daily;
    const grade = gradeFor({ revenueMinor: totals.revenueMinor, quotaMinor, thresholds: settings.gradeThresholds });
    return {
      ...rep,
      totals,
      activeDays: inputs.stageTotals.get(rep.id)?.activeDays ?? 0,
      report: computePriorities({ ...common, subject: totals, prior: pooledTotals, daily: daily ? { counts: daily, window } : undefined }),
      quotaMinor,
      grade: { grade: grade.grade, attainment: grade.attainment },
    };
  });
  // Summed smallest first, so the team's quota (and attainment) does not depend on the roster's order.
  const quotas = reps.flatMap((rep) => (rep.quotaMinor === null ? [] : [rep.quotaMinor])).sort((a, b) => a - b);
  const pooledQuota = quotas.length > 0 ? quotas.reduce((sum, quota) => sum + quota, 0) : null;
  const pooledGrade = gradeFor({ revenueMinor: pooledTotals.revenueMinor, quotaMinor: pooledQuota, thresholds: settings.gradeThresholds });
  return {
    window,
    settings,
    levers,
    benchmarks,
    reps,
    // Team counts are large: shrinking the team toward itself leaves the raw ratio, while the
    // confidence still reflects the sample.
    pooled: {
      totals: pooledTotals,
      report: computePriorities({ ...common, subject: pooledTotals, prior: pooledTotals }),
      quotaMinor: pooledQuota,
      grade: { grade: pooledGrade.grade, attainment: pooledGrade.attainment },
    },
  };
}

/** A quota row as stored: the amount of one period; several rows of a period are its history. */
export interface QuotaRow {
  repId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
}

/**
 * Each rep's quota over a window: the newest row of each period (rows oldest first) in force,
 * pro-rated to the part of the period inside the window, summed over the periods it touches.
 */
export function quotasForWindow(rows: readonly QuotaRow[], window: CoachingPeriodWindow): Map<string, number> {
  const latest = new Map<string, QuotaRow>();
  for (const row of rows) if (row.periodStart <= window.to && row.periodEnd >= window.from) latest.set(`${row.repId}|${row.period}`, row);
  const prorated = new Map<string, number>();
  for (const quota of latest.values()) {
    const share = prorateQuota({ quotaMinor: quota.amountMinor, periodStart: quota.periodStart, periodEnd: quota.periodEnd, windowStart: window.from, windowEnd: window.to });
    prorated.set(quota.repId, (prorated.get(quota.repId) ?? 0) + share);
  }
  return prorated;
}

/** Each rep's quota for one period: the newest row (rows oldest first). */
export function quotasForPeriod(rows: readonly QuotaRow[], periodKey: string): Map<string, number> {
  const quota = new Map<string, number>();
  for (const row of rows) if (row.period === periodKey) quota.set(row.repId, row.amountMinor);
  return quota;
}
