import "server-only";
import { mostCommonFocus } from "@/lib/coaching/team-summary";
import { can } from "@/lib/access/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb } from "@/lib/db";
import { resolvePeriod, type PeriodRequest } from "@/lib/calendar/period";
import { fiscalQuarterOf, previousQuarter } from "@/lib/calendar/periods";
import { visibleTeamsWhere } from "@/lib/access/policy";
import { coachGroup, loadCoachingInputs } from "@/lib/server/coaching/compute-coaching";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ForbiddenError } from "@/lib/server/http/errors";
import { todayIn } from "@/lib/calendar/days";
import { combineProjections, type PeriodProjection } from "@/lib/coaching/projection";
import { loadPeriodStanding } from "@/lib/server/goals/load-period-standing";
import { paceCoachedGroup } from "@/lib/coaching/pacing";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

const TREND_QUARTERS = 4;

/**
 * The VP's organization view: every team's pooled ratios against benchmark, grade distribution,
 * revenue against quota, most common focus, and revenue per quarter. Two grouped queries for
 * the whole organization plus one for the quarterly trend, whatever the number of teams.
 */
export async function getOrganizationOverview(viewer: Viewer, request: PeriodRequest | undefined) {
  if (!can(viewer, "organization.view")) throw new ForbiddenError();
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const window = resolvePeriod(request, settings);
  const teams = await readDb.team.findMany({
    where: visibleTeamsWhere(viewer),
    select: {
      id: true,
      name: true,
      manager: { select: { name: true } },
      region: { select: { id: true, name: true } },
      members: { where: { role: "REP", active: true }, select: { id: true, name: true, email: true, teamId: true } },
    },
    orderBy: { name: "asc" },
  });
  const allReps = teams.flatMap((team) => team.members);
  // Goals run by the current fiscal quarter, whatever the window: the window only sets the pace.
  const today = todayIn(settings.timeZone);
  const goalQuarter = fiscalQuarterOf(today, settings.fiscalYearStartMonth);
  const [inputs, standing, goalRows] = await Promise.all([
    loadCoachingInputs(
      viewer.organizationId,
      allReps.map((rep) => rep.id),
      window,
    ),
    loadPeriodStanding(
      viewer.organizationId,
      allReps.map((rep) => rep.id),
      goalQuarter,
      today,
    ),
    readDb.goal.findMany({ where: { organizationId: viewer.organizationId, period: goalQuarter.key }, select: { teamId: true, amountMinor: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const goalInForce = new Map<string | null, number>();
  for (const row of goalRows) goalInForce.set(row.teamId, Number(row.amountMinor));
  const projections: PeriodProjection[] = [];
  let workingDaysLeft = 0;

  const quarters: { key: string; start: string; end: string }[] = [];
  let quarter = fiscalQuarterOf(window.to, settings.fiscalYearStartMonth);
  for (let index = 0; index < TREND_QUARTERS; index++) {
    quarters.unshift(quarter);
    quarter = previousQuarter(quarter, settings.fiscalYearStartMonth);
  }
  const firstQuarter = quarters[0];
  const lastStage = settings.stages.at(-1)?.key ?? "won";
  const trendRows = firstQuarter
    ? await readDb.$queryRaw<{ teamId: string; month: string; revenue: number; won: number; proposals: number }[]>(Prisma.sql`
        SELECT u."teamId", to_char(date_trunc('month', a."day"), 'YYYY-MM-DD') AS month,
               COALESCE(SUM(a."value") FILTER (WHERE a."stage" = 'revenue'), 0)::float8 AS revenue,
               COALESCE(SUM(a."value") FILTER (WHERE a."stage" = ${lastStage}), 0)::float8 AS won,
               COALESCE(SUM(a."value") FILTER (WHERE a."stage" = ${settings.stages.at(-2)?.key ?? "proposals"}), 0)::float8 AS proposals
        FROM "Activity" a JOIN "User" u ON u."id" = a."repId" AND u."organizationId" = a."organizationId"
        WHERE a."organizationId" = ${viewer.organizationId} AND a."day" >= ${firstQuarter.start}::date AND a."day" <= ${window.to}::date
          AND u."teamId" = ANY(${teams.map((team) => team.id)}::text[])
        GROUP BY 1, 2`)
    : [];

  const overview = teams.map((team) => {
    const group = coachGroup({ settings, teamId: team.id, reps: team.members, window, inputs });
    const grades = { A: 0, B: 0, C: 0, none: 0 };
    for (const rep of group.reps) grades[rep.grade.grade ?? "none"]++;
    // The team dashboard's figure: the same engine function over the same reps.
    const commonFocus = mostCommonFocus(
      group.reps.map((rep) => {
        const focus = rep.report.levers.find((lever) => lever.lever === rep.report.focus);
        return focus ? { lever: focus.lever, label: focus.label, competency: focus.competency?.name ?? null } : null;
      }),
    );
    const pacing = paceCoachedGroup({ group, standing, period: goalQuarter, today });
    workingDaysLeft = pacing.workingDaysLeft;
    for (const entry of pacing.reps.values()) projections.push(entry.projection);
    return {
      id: team.id,
      name: team.name,
      region: team.region,
      managerName: team.manager?.name ?? null,
      repCount: team.members.length,
      levers: group.pooled.report.levers.map((lever) => ({
        lever: lever.lever,
        value: lever.actual,
        benchmark: lever.benchmark,
        benchmarkSource: lever.benchmarkSource,
        status: lever.status,
        confidence: lever.confidence,
        confident: lever.confident,
      })),
      grades,
      revenueMinor: group.pooled.totals.revenueMinor,
      quotaMinor: group.pooled.quotaMinor,
      attainment: group.pooled.grade.attainment,
      mostCommonFocus: commonFocus ? { name: commonFocus.label, count: commonFocus.count } : null,
      // The quarter's cascade: the team's goal, what its manager allocated to reps, and the projection at the window's pace.
      goal: { goalMinor: goalInForce.get(team.id) ?? null, allocatedMinor: pacing.pooled.quotaMinor ?? 0, pacing: pacing.pooled },
      // Months roll up into the organization's fiscal quarters (which need not be calendar quarters).
      trend: quarters.map((period) => {
        const rows = trendRows.filter((candidate) => candidate.teamId === team.id && candidate.month >= period.start && candidate.month <= period.end);
        const won = rows.reduce((sum, row) => sum + row.won, 0);
        const proposals = rows.reduce((sum, row) => sum + row.proposals, 0);
        return { quarter: period.key, revenueMinor: rows.reduce((sum, row) => sum + row.revenue, 0), winRate: proposals > 0 ? won / proposals : null };
      }),
    };
  });
  // Regions group teams: each subtotal pools its reps as one group, against the organization's benchmarks.
  const regionsById = new Map<string, { id: string; name: string; teamIds: string[]; reps: (typeof allReps)[number][] }>();
  for (const team of teams) {
    if (!team.region) continue;
    const region = regionsById.get(team.region.id) ?? { ...team.region, teamIds: [], reps: [] };
    region.teamIds.push(team.id);
    region.reps.push(...team.members);
    regionsById.set(region.id, region);
  }
  const regions = [...regionsById.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((region) => {
      const group = coachGroup({ settings, teamId: null, reps: region.reps, window, inputs });
      const regionTeams = overview.filter((team) => region.teamIds.includes(team.id));
      const grades = { A: 0, B: 0, C: 0, none: 0 };
      for (const team of regionTeams) for (const key of ["A", "B", "C", "none"] as const) grades[key] += team.grades[key];
      return {
        id: region.id,
        name: region.name,
        teamIds: region.teamIds,
        repCount: region.reps.length,
        grades,
        revenueMinor: group.pooled.totals.revenueMinor,
        quotaMinor: group.pooled.quotaMinor,
        attainment: group.pooled.grade.attainment,
        levers: group.pooled.report.levers.map((lever) => ({ lever: lever.lever, value: lever.actual, benchmark: lever.benchmark, benchmarkSource: lever.benchmarkSource, status: lever.status, confidence: lever.confidence, confident: lever.confident })),
      };
    });
  const organizationGoalMinor = goalInForce.get(null) ?? null;
  const organizationProjection = combineProjections(projections, organizationGoalMinor, settings.gradeThresholds);
  return {
    window,
    goals: {
      quarter: goalQuarter,
      workingDaysLeft,
      organization: {
        goalMinor: organizationGoalMinor,
        allocatedMinor: teams.reduce((sum, team) => sum + (goalInForce.get(team.id) ?? 0), 0),
        wonToDateMinor: organizationProjection.wonToDateMinor,
        projectedMinor: organizationProjection.projectedMinor,
        lowMinor: organizationProjection.lowMinor,
        highMinor: organizationProjection.highMinor,
      },
    },
    currency: settings.currency,
    levers: settings.stages.length
      ? coachGroup({ settings, teamId: null, reps: [], window, inputs }).levers.map((lever) => ({ key: lever.key, label: lever.label, kind: lever.kind }))
      : [],
    quarters: quarters.map((period) => period.key),
    teams: overview,
    regions,
  };
}

export type OrganizationOverview = Awaited<ReturnType<typeof getOrganizationOverview>>;
