import "server-only";
import { todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf } from "@/lib/calendar/periods";
import type { LeverResult, PriorityReport } from "@/lib/coaching";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { computeCoaching, loadTeamRoster, type CoachedRep } from "@/lib/server/coaching/compute-coaching";
import { resolveWindow } from "@/lib/calendar/coaching-window";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadCoachingActivity } from "@/lib/server/dashboard/load-coaching-activity";
import { findRepsOutOfCadence } from "@/lib/server/one-on-ones/find-reps-out-of-cadence";
import { getCommitmentCompletionRates } from "@/lib/server/commitments/get-commitment-completion-rates";
import { loadPeriodStanding } from "@/lib/server/goals/load-period-standing";
import { paceCoachedGroup, type PacingCell } from "@/lib/server/goals/pace-coached-group";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface LeverCell {
  lever: string;
  value: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  status: LeverResult["status"];
  confidence: number;
}

export interface FocusSummary {
  lever: string;
  label: string;
  competency: string | null;
  liftRevenueMinor: number;
  confidence: number;
}

export interface DashboardRow {
  repId: string;
  name: string;
  grade: "A" | "B" | "C" | null;
  attainment: number | null;
  revenueMinor: number;
  activeDays: number;
  levers: Record<string, LeverCell>;
  focus: FocusSummary | null;
  focusReason: string;
  lastOneOnOne: string | null;
  openCommitments: number;
  overdueCommitments: number;
  /** This fiscal quarter: attainment and grade to date, and projected at the window's pace. */
  pacing: PacingCell | null;
}

function focusOf(report: PriorityReport): FocusSummary | null {
  const lever = report.levers.find((candidate) => candidate.lever === report.focus);
  if (!lever) return null;
  return { lever: lever.lever, label: lever.label, competency: lever.competency?.name ?? null, liftRevenueMinor: Math.round(lever.liftRevenueMinor), confidence: lever.confidence };
}

function cells(report: PriorityReport): Record<string, LeverCell> {
  return Object.fromEntries(
    report.levers.map((lever) => [lever.lever, { lever: lever.lever, value: lever.actual, benchmark: lever.benchmark, benchmarkSource: lever.benchmarkSource, status: lever.status, confidence: lever.confidence }]),
  );
}

function toRow(
  rep: Pick<CoachedRep, "id" | "name" | "grade" | "totals" | "report" | "activeDays">,
  activity: { lastOneOnOne: string | null; openCommitments: number; overdueCommitments: number } | undefined,
  pacing: PacingCell | null = null,
): DashboardRow {
  return {
    repId: rep.id,
    name: rep.name,
    grade: rep.grade.grade,
    attainment: rep.grade.attainment,
    revenueMinor: rep.totals.revenueMinor,
    activeDays: rep.activeDays,
    levers: cells(rep.report),
    focus: focusOf(rep.report),
    focusReason: rep.report.reasonText,
    lastOneOnOne: activity?.lastOneOnOne ?? null,
    openCommitments: activity?.openCommitments ?? 0,
    overdueCommitments: activity?.overdueCommitments ?? 0,
    pacing,
  };
}

/** The team dashboard: every rep's ratios, grade and focus, the pooled team, the funnel. */
export async function getTeamDashboard(viewer: Viewer, teamId: string, windowKey: string | undefined) {
  const team = await getVisibleTeam(viewer, teamId);
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const window = resolveWindow(windowKey, settings);
  const roster = await loadTeamRoster(viewer.organizationId, team.id);
  const today = todayIn(settings.timeZone);
  const quarter = fiscalQuarterOf(today, settings.fiscalYearStartMonth);
  const [group, standing, activity, outOfCadence, completion] = await Promise.all([
    computeCoaching({ organizationId: viewer.organizationId, teamId: team.id, reps: roster, window, settings }),
    loadPeriodStanding(viewer.organizationId, roster.map((rep) => rep.id), quarter, today),
    loadCoachingActivity(viewer.organizationId, roster.map((rep) => rep.id), today),
    findRepsOutOfCadence(viewer, { teamId: team.id, asOf: today }),
    getCommitmentCompletionRates(viewer, { teamId: team.id, from: window.from, to: window.to }),
  ]);
  const completionByRep = new Map(completion.reps.map((entry) => [entry.repId, entry.completionRate]));
  const resolved = completion.reps.reduce((sum, entry) => ({ done: sum.done + entry.done, missed: sum.missed + entry.missed }), { done: 0, missed: 0 });
  const cadenceByRep = new Map(outOfCadence.map((entry) => [entry.repId, { cadenceDays: entry.cadenceDays, daysSinceLast: entry.daysSinceLast }]));
  const pacing = paceCoachedGroup({ group, standing, period: quarter, today });
  const rows = group.reps.map((rep) => ({ ...toRow(rep, activity.get(rep.id), pacing.reps.get(rep.id)?.cell ?? null), outOfCadence: cadenceByRep.get(rep.id) ?? null, commitmentRate: completionByRep.get(rep.id) ?? null }));

  const focusCounts = new Map<string, { lever: string; label: string; count: number }>();
  for (const row of rows) {
    if (!row.focus) continue;
    const entry = focusCounts.get(row.focus.lever) ?? { lever: row.focus.lever, label: row.focus.competency ?? row.focus.label, count: 0 };
    entry.count++;
    focusCounts.set(row.focus.lever, entry);
  }
  const mostCommonFocus = [...focusCounts.values()].sort((a, b) => b.count - a.count)[0] ?? null;

  // The funnel at benchmark: the team's own top of funnel, converted at benchmark ratios.
  const funnel: { stage: string; label: string; actual: number; atBenchmark: number | null }[] = [];
  let atBenchmark: number | null = null;
  settings.stages.forEach((stage, index) => {
    const actual = group.pooled.totals.stageCounts[stage.key] ?? 0;
    if (index === 0) atBenchmark = actual;
    else {
      const previous = settings.stages[index - 1];
      const benchmark = previous ? group.benchmarks[`${previous.key}_to_${stage.key}`] : null;
      atBenchmark = atBenchmark !== null && benchmark ? atBenchmark * benchmark.value : null;
    }
    funnel.push({ stage: stage.key, label: stage.label, actual, atBenchmark: atBenchmark === null ? null : Math.round(atBenchmark) });
  });

  return {
    team: { id: team.id, name: team.name, managerName: team.manager?.name ?? null },
    window,
    quarter: { key: quarter.key, start: quarter.start, end: quarter.end, workingDaysLeft: pacing.workingDaysLeft },
    currency: settings.currency,
    levers: group.levers.map((lever) => ({ key: lever.key, label: lever.label, kind: lever.kind })),
    rows,
    pooled: { outOfCadence: null, commitmentRate: resolved.done + resolved.missed > 0 ? resolved.done / (resolved.done + resolved.missed) : null, ...toRow({ id: "team", name: "Team (pooled)", totals: group.pooled.totals, report: group.pooled.report, grade: group.pooled.grade, activeDays: 0 }, undefined, pacing.pooled), mostCommonFocus },
    funnel,
  };
}

export type TeamDashboard = Awaited<ReturnType<typeof getTeamDashboard>>;
