import "server-only";
import { can } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { leverDenominator, leversFor, percentile, rawLeverValues, resolveBenchmarks } from "@/lib/coaching";
import { dayKey, todayIn } from "@/lib/calendar/days";
import { zonedDay } from "@/lib/calendar/zoned-time";
import { resolvePeriod, type PeriodRequest } from "@/lib/calendar/period";
import { visibleTeamsWhere } from "@/lib/access/policy";
import { coachGroup, loadCoachingInputs } from "@/lib/server/coaching/compute-coaching";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

const MIN_SAMPLE = 20;

/**
 * Benchmarks for the VP: what is in force for the organization and each team (and where it comes
 * from), the history of changes, and a suggestion per lever from the organization's top quartile
 * over a chosen period (default the last 90 days: a past quarter or any range of its own history)
 * with its sample size. Reps are today's active reps; each needs enough data in the period.
 */
export async function getBenchmarkBoard(viewer: Viewer, request?: PeriodRequest) {
  if (!can(viewer, "benchmark.view")) throw new ForbiddenError();
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const today = todayIn(settings.timeZone);
  const window = resolvePeriod(request, settings, today);
  const levers = leversFor(settings.stages);
  const [teams, history] = await Promise.all([
    readDb.team.findMany({
      where: visibleTeamsWhere(viewer),
      select: { id: true, name: true, members: { where: { role: "REP", active: true }, select: { id: true, name: true, email: true, teamId: true } } },
      orderBy: { name: "asc" },
    }),
    readDb.benchmark.findMany({
      where: { organizationId: viewer.organizationId },
      select: { id: true, leverKey: true, value: true, effectiveFrom: true, createdAt: true, teamId: true, team: { select: { name: true } }, retractedAt: true, retractedById: true },
      orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
      take: 200,
    }),
  ]);
  const retractors = await readDb.user.findMany({
    where: { organizationId: viewer.organizationId, id: { in: [...new Set(history.flatMap((row) => (row.retractedById ? [row.retractedById] : [])))] } },
    select: { id: true, name: true },
  });
  const retractorName = new Map(retractors.map((user) => [user.id, user.name]));
  const reps = teams.flatMap((team) => team.members);
  const inputs = await loadCoachingInputs(
    viewer.organizationId,
    reps.map((rep) => rep.id),
    window,
  );
  const orgGroup = coachGroup({ settings, teamId: null, reps, window, inputs });
  const repTotals = orgGroup.reps.map((rep) => rep.totals);

  const suggestions = levers.map((lever) => {
    const values = repTotals
      .filter((totals) => leverDenominator(settings.stages, lever, totals) >= (lever.kind === "deal_size" ? 5 : MIN_SAMPLE))
      .map((totals) => rawLeverValues(settings.stages, totals)[lever.key])
      .filter((value): value is number => value !== null && value !== undefined);
    return { lever: lever.key, value: values.length >= 2 ? percentile(values, 0.75) : null, sampleSize: values.length };
  });
  const organization = resolveBenchmarks({ levers, teamId: null, asOf: today, records: settings.benchmarkRecords, teamRepTotals: [], stages: settings.stages });
  const perTeam = teams.map((team) => {
    const group = coachGroup({ settings, teamId: team.id, reps: team.members, window, inputs });
    const pooled = rawLeverValues(settings.stages, group.pooled.totals);
    return {
      id: team.id,
      name: team.name,
      levers: levers.map((lever) => ({ lever: lever.key, value: pooled[lever.key] ?? null, benchmark: group.benchmarks[lever.key] ?? null })),
    };
  });
  return {
    today,
    window,
    currency: settings.currency,
    levers: levers.map((lever) => ({ key: lever.key, label: lever.label, kind: lever.kind })),
    organization: levers.map((lever) => ({ lever: lever.key, benchmark: organization[lever.key] ?? null })),
    suggestions,
    teams: perTeam,
    history: history.map((row) => ({
      id: row.id,
      lever: row.leverKey,
      value: row.value,
      effectiveFrom: dayKey(row.effectiveFrom),
      setOn: zonedDay(row.createdAt, settings.timeZone),
      scope: row.team?.name ?? "Organization",
      retracted: row.retractedAt ? { on: zonedDay(row.retractedAt, settings.timeZone), by: (row.retractedById && retractorName.get(row.retractedById)) || "an API token" } : null,
    })),
  };
}

export type BenchmarkBoard = Awaited<ReturnType<typeof getBenchmarkBoard>>;
