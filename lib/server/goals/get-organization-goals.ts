import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { periodChoices, previousPeriod, resolvePeriod } from "@/lib/goals/periods";
import { ForbiddenError } from "@/lib/server/http/errors";
import { loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import { loadRevenueByRep } from "@/lib/server/goals/load-period-revenue";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The organization's goal for a period and its allocation to teams: each team's goal, what its
 * manager has allocated to reps, the unallocated remainder at both levels, last period's revenue
 * (what a proportional split goes by) and the dated history of every change. VP and ADMIN (read
 * only for an ADMIN); amounts in minor units. A missing or malformed period is the current quarter.
 */
export async function getOrganizationGoals(viewer: Viewer, periodKey: string | undefined) {
  if (!can(viewer, "organization.view")) throw new ForbiddenError();
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { name: true, currency: true, fiscalYearStartMonth: true, timeZone: true },
  });
  const today = todayIn(organization.timeZone);
  const period = resolvePeriod(periodKey, organization.fiscalYearStartMonth, today);
  const previous = previousPeriod(period, organization.fiscalYearStartMonth);
  const state = await loadAllocationState(viewer.organizationId, period.key);
  const setByIds = [...new Set(state.goals.map((row) => row.setById).filter((id): id is string => id !== null))];
  const [revenue, setters] = await Promise.all([
    loadRevenueByRep(
      viewer.organizationId,
      { from: previous.start, to: previous.end },
      state.reps.map((rep) => rep.id),
    ),
    setByIds.length
      ? db.user.findMany({ where: { organizationId: viewer.organizationId, id: { in: setByIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const setterName = new Map(setters.map((user) => [user.id, user.name]));

  const teams = state.teams.map((team) => {
    const members = state.reps.filter((rep) => rep.teamId === team.id);
    const goal = state.teamGoals.get(team.id) ?? null;
    const allocatedMinor = members.reduce((sum, rep) => sum + (state.quotaInForce.get(rep.id)?.amountMinor ?? 0), 0);
    return {
      id: team.id,
      name: team.name,
      managerName: team.manager?.name ?? null,
      repCount: members.length,
      goalMinor: goal?.amountMinor ?? null,
      setAt: goal?.createdAt.toISOString() ?? null,
      allocatedToRepsMinor: allocatedMinor,
      unallocatedMinor: goal ? goal.amountMinor - allocatedMinor : null,
      previousPeriodRevenueMinor: members.reduce((sum, rep) => sum + (revenue.get(rep.id) ?? 0), 0),
    };
  });
  const allocatedToTeamsMinor = teams.reduce((sum, team) => sum + (team.goalMinor ?? 0), 0);
  const teamName = new Map(state.teams.map((team) => [team.id, team.name]));

  // Each change with the amount it replaced, newest first.
  const lastByScope = new Map<string, number>();
  const history = state.goals
    .map((row) => {
      const scope = row.teamId ?? "organization";
      const previousMinor = lastByScope.get(scope) ?? null;
      lastByScope.set(scope, row.amountMinor);
      return {
        id: row.id,
        teamId: row.teamId,
        scope: row.teamId ? (teamName.get(row.teamId) ?? "Team") : "Organization",
        amountMinor: row.amountMinor,
        previousMinor,
        setAt: row.createdAt.toISOString(),
        setById: row.setById,
        setBy: row.setById ? (setterName.get(row.setById) ?? null) : null,
      };
    })
    .reverse();

  return {
    organizationName: organization.name,
    currency: organization.currency,
    today,
    period,
    previousPeriod: previous,
    periods: periodChoices(period, today, organization.fiscalYearStartMonth),
    canEdit: can(viewer, "goal.set"),
    canImport: can(viewer, "organization.manage"),
    organization: {
      goalMinor: state.organizationGoal?.amountMinor ?? null,
      setAt: state.organizationGoal?.createdAt.toISOString() ?? null,
      setBy: state.organizationGoal?.setById ? (setterName.get(state.organizationGoal.setById) ?? null) : null,
      allocatedToTeamsMinor,
      unallocatedMinor: state.organizationGoal ? state.organizationGoal.amountMinor - allocatedToTeamsMinor : null,
      previousPeriodRevenueMinor: teams.reduce((sum, team) => sum + team.previousPeriodRevenueMinor, 0),
    },
    teams,
    history,
  };
}

export type OrganizationGoals = Awaited<ReturnType<typeof getOrganizationGoals>>;
