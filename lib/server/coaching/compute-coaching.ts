import "server-only";
import { db, readDb } from "@/lib/db";
import { workingDaysBetween, dayKey } from "@/lib/calendar/days";
import {
  computePriorities,
  gradeFor,
  leversFor,
  poolTotals,
  prorateQuota,
  resolveBenchmarks,
  type ActivityTotals,
  type Grade,
  type LeverDef,
  type PriorityReport,
  type ResolvedBenchmark,
} from "@/lib/coaching";
import { loadStageTotals, type RepStageTotals } from "@/lib/server/activity/load-stage-totals";
import { loadOrganizationCoachingSettings, type OrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { CoachingWindow } from "@/lib/calendar/coaching-window";

// Feeds the pure engine for a group of reps with a fixed number of queries, whatever the group's
// size: settings, the reps, ONE grouped activity query, ONE quota query.

export interface CoachedRep {
  id: string;
  name: string;
  email: string;
  teamId: string | null;
  totals: ActivityTotals;
  activeDays: number;
  report: PriorityReport;
  quotaMinor: number | null;
  grade: { grade: Grade | null; attainment: number | null };
}

export interface CoachedGroup {
  window: CoachingWindow;
  settings: OrganizationCoachingSettings;
  levers: LeverDef[];
  benchmarks: Record<string, ResolvedBenchmark | null>;
  reps: CoachedRep[];
  pooled: { totals: ActivityTotals; report: PriorityReport; quotaMinor: number | null; grade: { grade: Grade | null; attainment: number | null } };
}

export function toActivityTotals(stageKeys: readonly string[], entry: RepStageTotals | undefined, window: CoachingWindow): ActivityTotals {
  const stageCounts: Record<string, number> = {};
  for (const key of stageKeys) stageCounts[key] = entry?.totals[key] ?? 0;
  // A rep who started during the window is measured from their first active day, so a new
  // rep is not mistaken for a low-volume one.
  const start = entry?.firstDay && entry.firstDay > window.from ? entry.firstDay : window.from;
  return { stageCounts, revenueMinor: entry?.totals.revenue ?? 0, workingDays: entry?.firstDay ? Math.max(1, workingDaysBetween(start, window.to)) : 0 };
}

async function loadQuotas(organizationId: string, repIds: readonly string[], window: CoachingWindow): Promise<Map<string, number>> {
  const quotas = await readDb.quota.findMany({
    where: {
      organizationId,
      repId: { in: [...repIds] },
      periodStart: { lte: new Date(`${window.to}T00:00:00Z`) },
      periodEnd: { gte: new Date(`${window.from}T00:00:00Z`) },
    },
    select: { repId: true, period: true, periodStart: true, periodEnd: true, amountMinor: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  // The newest quota of each period is in force; earlier ones are history.
  const latest = new Map<string, (typeof quotas)[number]>();
  for (const quota of quotas) latest.set(`${quota.repId}|${quota.period}`, quota);
  const prorated = new Map<string, number>();
  for (const quota of latest.values()) {
    const share = prorateQuota({
      quotaMinor: Number(quota.amountMinor),
      periodStart: dayKey(quota.periodStart),
      periodEnd: dayKey(quota.periodEnd),
      windowStart: window.from,
      windowEnd: window.to,
    });
    prorated.set(quota.repId, (prorated.get(quota.repId) ?? 0) + share);
  }
  return prorated;
}

type RosterEntry = { id: string; name: string; email: string; teamId: string | null };

export interface CoachingInputs {
  stageTotals: Map<string, RepStageTotals>;
  quotas: Map<string, number>;
}

/** The two grouped queries behind any number of reps: stage totals and quotas over the window. */
export async function loadCoachingInputs(organizationId: string, repIds: readonly string[], window: CoachingWindow): Promise<CoachingInputs> {
  const [stageTotals, quotas] = await Promise.all([loadStageTotals(organizationId, repIds, window), loadQuotas(organizationId, repIds, window)]);
  return { stageTotals, quotas };
}

/**
 * The engine over one group of reps (pure given its inputs). Each rep is shrunk toward the
 * group's pooled rates; benchmarks resolve team → organization → the group's top quartile.
 */
export function coachGroup(args: {
  settings: OrganizationCoachingSettings;
  teamId: string | null;
  reps: readonly RosterEntry[];
  window: CoachingWindow;
  inputs: CoachingInputs;
}): CoachedGroup {
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
  };

  const reps: CoachedRep[] = args.reps.map((rep) => {
    const totals = totalsByRep.get(rep.id) ?? toActivityTotals(stageKeys, undefined, window);
    const quotaMinor = inputs.quotas.get(rep.id) ?? null;
    const grade = gradeFor({ revenueMinor: totals.revenueMinor, quotaMinor, thresholds: settings.gradeThresholds });
    return {
      ...rep,
      totals,
      activeDays: inputs.stageTotals.get(rep.id)?.activeDays ?? 0,
      report: computePriorities({ ...common, subject: totals, prior: pooledTotals }),
      quotaMinor,
      grade: { grade: grade.grade, attainment: grade.attainment },
    };
  });
  const pooledQuota = reps.some((rep) => rep.quotaMinor !== null) ? reps.reduce((sum, rep) => sum + (rep.quotaMinor ?? 0), 0) : null;
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

/** Loads and coaches one group of reps (already scoped to the viewer by the caller). */
export async function computeCoaching(input: {
  organizationId: string;
  teamId: string | null;
  reps: readonly RosterEntry[];
  window: CoachingWindow;
  settings?: OrganizationCoachingSettings;
}): Promise<CoachedGroup> {
  const settings = input.settings ?? (await loadOrganizationCoachingSettings(input.organizationId));
  const inputs = await loadCoachingInputs(
    input.organizationId,
    input.reps.map((rep) => rep.id),
    input.window,
  );
  return coachGroup({ settings, teamId: input.teamId, reps: input.reps, window: input.window, inputs });
}

/** The active reps of one team, for computeCoaching. */
export async function loadTeamRoster(organizationId: string, teamId: string) {
  return db.user.findMany({
    where: { organizationId, teamId, role: "REP", active: true },
    select: { id: true, name: true, email: true, teamId: true },
    orderBy: { name: "asc" },
  });
}
