import "server-only";
import type { LeverResult, PriorityReport } from "@/lib/coaching";
import type { PacingCell } from "@/lib/coaching/pacing";
import { focusOf, funnelAtBenchmark, mostCommonFocus, type FocusSummary } from "@/lib/coaching/team-summary";
import type { CoachedRep } from "@/lib/server/coaching/compute-coaching";
import { checkedTeam, completionRate, loadTeamReadModel, type TeamRef } from "@/lib/server/coaching/load-coaching-read-model";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { resolvePeriod, type PeriodRequest } from "@/lib/calendar/period";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";

export interface LeverCell {
  lever: string;
  value: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  status: LeverResult["status"];
  confidence: number;
  /** At or above the organization's confidence threshold (the engine's `confident`). */
  confident: boolean;
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
  /** The reason, when the rep's biggest gap rests on suspect logging (a data problem, not a rep problem). */
  dataProblem: string | null;
  lastOneOnOne: string | null;
  openCommitments: number;
  overdueCommitments: number;
  /** This fiscal quarter: attainment and grade to date, and projected at the window's pace. */
  pacing: PacingCell | null;
}

function cells(report: PriorityReport): Record<string, LeverCell> {
  return Object.fromEntries(
    report.levers.map((lever) => [lever.lever, { lever: lever.lever, value: lever.actual, benchmark: lever.benchmark, benchmarkSource: lever.benchmarkSource, status: lever.status, confidence: lever.confidence, confident: lever.confident }]),
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
    dataProblem: rep.report.reason === "data_quality" ? rep.report.reasonText : null,
    lastOneOnOne: activity?.lastOneOnOne ?? null,
    openCommitments: activity?.openCommitments ?? 0,
    overdueCommitments: activity?.overdueCommitments ?? 0,
    pacing,
  };
}

/** The team dashboard: every rep's ratios, grade and focus, the pooled team, the funnel. */
export async function getTeamDashboard(viewer: Viewer, team: TeamRef, request: PeriodRequest | undefined) {
  // The team is checked while the settings load; the read model does not check it again.
  const [checked, settings] = await Promise.all([checkedTeam(viewer, team), loadCoachingSettings(viewer.organizationId)]);
  const period = resolvePeriod(request, settings);
  const model = await loadTeamReadModel(viewer, checked, period, settings);
  const { quarter, group, pacing, cadence, commitments } = model;
  const rows = group.reps.map((rep) => {
    const standing = cadence.get(rep.id);
    const counts = commitments.get(rep.id);
    const activity = { lastOneOnOne: standing?.lastOneOnOneOn ?? null, openCommitments: counts?.open ?? 0, overdueCommitments: counts?.overdue ?? 0 };
    return {
      ...toRow(rep, activity, pacing.reps.get(rep.id)?.cell ?? null),
      outOfCadence: standing?.pastCadence ? { cadenceDays: standing.cadenceDays, daysSinceLast: standing.daysSinceLast } : null,
      commitmentRate: counts ? completionRate(counts) : null,
    };
  });
  const resolved = [...commitments.values()].reduce((sum, entry) => ({ done: sum.done + entry.done, missed: sum.missed + entry.missed }), { done: 0, missed: 0 });

  return {
    team: { id: model.team.id, name: model.team.name, managerName: model.roster[0]?.managerName ?? null },
    window: period,
    quarter: { key: quarter.key, start: quarter.start, end: quarter.end, workingDaysLeft: pacing.workingDaysLeft },
    currency: settings.currency,
    levers: group.levers.map((lever) => ({ key: lever.key, label: lever.label, kind: lever.kind })),
    rows,
    pooled: {
      outOfCadence: null,
      commitmentRate: completionRate(resolved),
      ...toRow({ id: "team", name: "Team (pooled)", totals: group.pooled.totals, report: group.pooled.report, grade: group.pooled.grade, activeDays: 0 }, undefined, pacing.pooled),
      mostCommonFocus: mostCommonFocus(rows.map((row) => row.focus)),
    },
    funnel: funnelAtBenchmark(settings.stages, group.pooled.totals.stageCounts, group.benchmarks),
  };
}

export type TeamDashboard = Awaited<ReturnType<typeof getTeamDashboard>>;
