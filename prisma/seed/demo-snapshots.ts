// The numbers a demo one-on-one froze when it started, computed by the engine (lib/coaching) from
// the seeded activity as it stood on the meeting's day — the same steps as coachGroup in
// lib/server/coaching/compute-coaching.ts, which the seed cannot import (it is server-only and
// reads the database): the rep shrunk toward the team's pooled totals over the 90 days up to the
// meeting, benchmarks resolved as of that day, the quota pro-rated to the window.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActivityRow } from "@/lib/activity/upsert-activity-rows";
import { windowOfDays } from "@/lib/calendar/coaching-window";
import { workingDaysBetween } from "@/lib/calendar/days";
import {
  computePriorities,
  gradeFor,
  leversFor,
  poolTotals,
  prorateQuota,
  resolveBenchmarks,
  type ActivityTotals,
  type BenchmarkRecord,
  type LeverResult,
  type PriorityReport,
  type ResolvedBenchmark,
} from "@/lib/coaching";
import { DEFAULT_LEADER_AGENDA, DEFAULT_REP_AGENDA } from "@/lib/defaults";
import type { KpiSnapshot, SnapshotLever } from "@/lib/validation/one-on-ones";

// The dashboards' default window, as the app's snapshot uses.
const SNAPSHOT_WINDOW_DAYS = 90;

export interface SnapshotSettings {
  currency: string;
  confidenceThreshold: number;
  gradeThresholds: { a: number; b: number };
  stages: { key: string; label: string }[];
  benchmarkRecords: BenchmarkRecord[];
  competencies: Partial<Record<string, { id: string; name: string }>>;
}

export async function loadSnapshotSettings(prisma: PrismaClient, organizationId: string): Promise<SnapshotSettings> {
  const [organization, stages, benchmarks, competencies] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { currency: true, confidenceThreshold: true, gradeAThreshold: true, gradeBThreshold: true } }),
    prisma.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } }),
    prisma.benchmark.findMany({ where: { organizationId }, select: { teamId: true, leverKey: true, value: true, effectiveFrom: true }, orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }] }),
    prisma.competency.findMany({ where: { organizationId, kind: "REP", retiredAt: null, leverKey: { not: null } }, select: { id: true, name: true, leverKey: true }, orderBy: { position: "asc" } }),
  ]);
  const byLever: Partial<Record<string, { id: string; name: string }>> = {};
  for (const competency of competencies) if (competency.leverKey && !byLever[competency.leverKey]) byLever[competency.leverKey] = { id: competency.id, name: competency.name };
  return {
    currency: organization.currency,
    confidenceThreshold: organization.confidenceThreshold,
    gradeThresholds: { a: organization.gradeAThreshold, b: organization.gradeBThreshold },
    stages,
    benchmarkRecords: benchmarks.map((row) => ({ lever: row.leverKey, value: row.value, effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10), teamId: row.teamId })),
    competencies: byLever,
  };
}

export interface DemoQuota {
  repId: string;
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
}

function totalsOver(rows: readonly ActivityRow[], stageKeys: readonly string[], window: { from: string; to: string }): ActivityTotals {
  const sums: Record<string, number> = {};
  let firstDay: string | null = null;
  for (const row of rows) {
    if (row.day < window.from || row.day > window.to) continue;
    sums[row.stage] = (sums[row.stage] ?? 0) + row.value;
    if (!firstDay || row.day < firstDay) firstDay = row.day;
  }
  const stageCounts: Record<string, number> = {};
  for (const key of stageKeys) stageCounts[key] = sums[key] ?? 0;
  // A rep who started during the window is measured from their first active day.
  const start = firstDay && firstDay > window.from ? firstDay : window.from;
  return { stageCounts, revenueMinor: sums.revenue ?? 0, workingDays: firstDay ? Math.max(1, workingDaysBetween(start, window.to)) : 0 };
}

function snapshotLever(lever: LeverResult): SnapshotLever {
  return {
    lever: lever.lever,
    label: lever.label,
    kind: lever.kind,
    competency: lever.competency?.name ?? null,
    actual: lever.actual,
    estimate: lever.estimate,
    benchmark: lever.benchmark,
    benchmarkSource: lever.benchmarkSource,
    sampleSize: lever.sampleSize,
    liftRevenueMinor: Math.round(lever.liftRevenueMinor),
    confidence: lever.confidence,
    status: lever.status,
  };
}

interface TeamOnDay {
  teamId: string;
  teamActivity: ReadonlyMap<string, readonly ActivityRow[]>;
  quotas: readonly DemoQuota[];
  day: string;
}

type Coached = { totals: ActivityTotals; report: PriorityReport; quotaMinor: number | null; grade: { grade: "A" | "B" | "C" | null; attainment: number | null } };

/** The team's reps and the pooled team on one day, as coachGroup computes them. */
function coachTeamOn(settings: SnapshotSettings, input: TeamOnDay) {
  const window = windowOfDays(SNAPSHOT_WINDOW_DAYS, input.day);
  const stageKeys = settings.stages.map((stage) => stage.key);
  const totalsByRep = new Map([...input.teamActivity.entries()].map(([repId, rows]) => [repId, totalsOver(rows, stageKeys, window)]));
  const teamTotals = [...totalsByRep.values()];
  const pooledTotals = poolTotals(teamTotals);
  const benchmarks = resolveBenchmarks({ levers: leversFor(settings.stages), teamId: input.teamId, asOf: window.to, records: settings.benchmarkRecords, teamRepTotals: teamTotals, stages: settings.stages });
  const common = {
    stages: settings.stages,
    benchmarks: Object.fromEntries(Object.entries(benchmarks).filter(([, value]) => value !== null)) as Record<string, ResolvedBenchmark>,
    competencies: settings.competencies,
    confidenceThreshold: settings.confidenceThreshold,
  };
  const quotaOf = (repId: string) => {
    const overlapping = input.quotas.filter((quota) => quota.repId === repId && quota.periodStart <= window.to && quota.periodEnd >= window.from);
    if (!overlapping.length) return null;
    return overlapping.reduce((sum, quota) => sum + prorateQuota({ quotaMinor: quota.amountMinor, periodStart: quota.periodStart, periodEnd: quota.periodEnd, windowStart: window.from, windowEnd: window.to }), 0);
  };
  const reps = new Map<string, Coached>();
  for (const [repId, totals] of totalsByRep) {
    const quotaMinor = quotaOf(repId);
    const grade = gradeFor({ revenueMinor: totals.revenueMinor, quotaMinor, thresholds: settings.gradeThresholds });
    reps.set(repId, { totals, report: computePriorities({ ...common, subject: totals, prior: pooledTotals }), quotaMinor, grade: { grade: grade.grade, attainment: grade.attainment } });
  }
  const pooledQuota = [...reps.values()].some((rep) => rep.quotaMinor !== null) ? [...reps.values()].reduce((sum, rep) => sum + (rep.quotaMinor ?? 0), 0) : null;
  const pooledGrade = gradeFor({ revenueMinor: pooledTotals.revenueMinor, quotaMinor: pooledQuota, thresholds: settings.gradeThresholds });
  const pooled: Coached = { totals: pooledTotals, report: computePriorities({ ...common, subject: pooledTotals, prior: pooledTotals }), quotaMinor: pooledQuota, grade: { grade: pooledGrade.grade, attainment: pooledGrade.attainment } };
  return { window, reps, pooled };
}

/** One rep's snapshot on `day`, and the engine's report behind it (its focus, for the meeting's focus). */
export function repSnapshotOn(settings: SnapshotSettings, input: TeamOnDay & { repId: string }): { snapshot: KpiSnapshot; report: PriorityReport } {
  const { window, reps } = coachTeamOn(settings, input);
  const rep = reps.get(input.repId);
  if (!rep) throw new Error("the rep is not on the team");
  const focus = rep.report.levers.find((lever) => lever.lever === rep.report.focus) ?? null;
  const snapshot: KpiSnapshot = {
    kind: "REP",
    capturedAt: new Date(`${input.day}T15:02:00Z`).toISOString(),
    window: { from: window.from, to: window.to, label: window.label },
    currency: settings.currency,
    grade: rep.grade.grade,
    attainment: rep.grade.attainment,
    revenueMinor: rep.totals.revenueMinor,
    quotaMinor: rep.quotaMinor === null ? null : Math.round(rep.quotaMinor),
    focus: focus ? { lever: focus.lever, label: focus.label, competency: focus.competency?.name ?? null } : null,
    focusReason: rep.report.reasonText,
    levers: rep.report.levers.map(snapshotLever),
    agenda: DEFAULT_REP_AGENDA.map((section) => ({ ...section })),
  };
  return { snapshot, report: rep.report };
}

/** A leader meeting's snapshot: the manager's team pooled, as the team dashboard shows it, and its most common rep focus. */
export function teamSnapshotOn(settings: SnapshotSettings, input: TeamOnDay & { teamName: string }): KpiSnapshot {
  const { window, reps, pooled } = coachTeamOn(settings, input);
  const focusCounts = new Map<string, { label: string; count: number }>();
  for (const rep of reps.values()) {
    const focus = rep.report.levers.find((lever) => lever.lever === rep.report.focus);
    if (!focus) continue;
    const entry = focusCounts.get(focus.lever) ?? { label: focus.competency?.name ?? focus.label, count: 0 };
    entry.count++;
    focusCounts.set(focus.lever, entry);
  }
  const mostCommonFocus = [...focusCounts.values()].sort((a, b) => b.count - a.count)[0] ?? null;
  return {
    kind: "LEADER",
    capturedAt: new Date(`${input.day}T17:00:00Z`).toISOString(),
    window: { from: window.from, to: window.to, label: window.label },
    currency: settings.currency,
    teams: [
      {
        teamId: input.teamId,
        name: input.teamName,
        grade: pooled.grade.grade,
        attainment: pooled.grade.attainment,
        revenueMinor: pooled.totals.revenueMinor,
        mostCommonFocus: mostCommonFocus?.label ?? null,
        levers: pooled.report.levers.map((lever) => ({ ...snapshotLever(lever), competency: null, estimate: lever.actual, sampleSize: 0, liftRevenueMinor: 0 })),
      },
    ],
    agenda: DEFAULT_LEADER_AGENDA.map((section) => ({ ...section })),
  };
}
