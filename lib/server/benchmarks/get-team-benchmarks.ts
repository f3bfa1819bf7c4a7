import "server-only";
import { rawLeverValues } from "@/lib/coaching";
import { fromMinorUnits } from "@/lib/money";
import { todayIn } from "@/lib/calendar/days";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { computeCoaching, loadTeamRoster } from "@/lib/server/coaching/compute-coaching";
import { windowOfDays } from "@/lib/calendar/coaching-window";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Each lever of a team: its pooled value over the last 90 days, the benchmark in force and its source. */
export async function getTeamBenchmarks(viewer: Viewer, teamId: string) {
  const team = await getVisibleTeam(viewer, teamId);
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const window = windowOfDays(90, todayIn(settings.timeZone));
  const group = await computeCoaching({
    organizationId: viewer.organizationId,
    teamId: team.id,
    reps: await loadTeamRoster(viewer.organizationId, team.id),
    window,
    settings,
  });
  const teamValues = rawLeverValues(settings.stages, group.pooled.totals);
  const money = (lever: string, value: number | null) => (value !== null && lever === "deal_size" ? fromMinorUnits(value, settings.currency) : value);
  return {
    teamId: team.id,
    window: { from: window.from, to: window.to },
    benchmarks: group.levers.map((lever) => {
      const benchmark = group.benchmarks[lever.key] ?? null;
      const record = [...settings.benchmarkRecords]
        .filter(
          (candidate) => candidate.lever === lever.key && candidate.effectiveFrom <= window.to && (candidate.teamId === team.id || candidate.teamId === null),
        )
        .sort((a, b) => (a.teamId === b.teamId ? a.effectiveFrom.localeCompare(b.effectiveFrom) : a.teamId === null ? -1 : 1))
        .at(-1);
      return {
        lever: lever.key,
        teamValue: money(lever.key, teamValues[lever.key] ?? null),
        benchmark: money(lever.key, benchmark?.value ?? null),
        source: benchmark?.source ?? null,
        effectiveFrom: benchmark && benchmark.source !== "team_top_quartile" ? (record?.effectiveFrom ?? null) : null,
      };
    }),
  };
}
