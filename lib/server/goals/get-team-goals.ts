import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { periodChoices, previousPeriod, resolvePeriod } from "@/lib/goals/periods";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { ForbiddenError } from "@/lib/server/http/errors";
import { loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import { loadRevenueByRep } from "@/lib/server/goals/load-period-revenue";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * One team's goal for a period and its allocation to the team's reps: each rep's quota in force,
 * last period's revenue, the unallocated remainder and the dated quota history. The team's
 * manager, a VP or an ADMIN (another team is unknown: 404); amounts in minor units.
 */
export async function getTeamGoals(viewer: Viewer, teamId: string, periodKey: string | undefined) {
  if (!can(viewer, "team.view")) throw new ForbiddenError();
  const team = await getVisibleTeam(viewer, teamId);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { currency: true, fiscalYearStartMonth: true, timeZone: true },
  });
  const today = todayIn(organization.timeZone);
  const period = resolvePeriod(periodKey, organization.fiscalYearStartMonth, today);
  const previous = previousPeriod(period, organization.fiscalYearStartMonth);
  const state = await loadAllocationState(viewer.organizationId, period.key);
  const members = state.reps.filter((rep) => rep.teamId === team.id);
  const memberIds = new Set(members.map((rep) => rep.id));
  const quotaRows = state.quotas.filter((row) => memberIds.has(row.repId));
  const goal = state.teamGoals.get(team.id) ?? null;
  const setByIds = [...new Set([...quotaRows.map((row) => row.setById), goal?.setById ?? null].filter((id): id is string => id !== null))];
  const [revenue, setters] = await Promise.all([
    loadRevenueByRep(viewer.organizationId, { from: previous.start, to: previous.end }, [...memberIds]),
    setByIds.length
      ? db.user.findMany({ where: { organizationId: viewer.organizationId, id: { in: setByIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const setterName = new Map(setters.map((user) => [user.id, user.name]));
  const repName = new Map(members.map((rep) => [rep.id, rep.name]));

  const reps = members.map((rep) => {
    const quota = state.quotaInForce.get(rep.id) ?? null;
    return {
      id: rep.id,
      name: rep.name,
      quotaMinor: quota?.amountMinor ?? null,
      setAt: quota?.createdAt.toISOString() ?? null,
      setBy: quota?.setById ? (setterName.get(quota.setById) ?? null) : null,
      previousPeriodRevenueMinor: revenue.get(rep.id) ?? 0,
    };
  });
  const allocatedMinor = reps.reduce((sum, rep) => sum + (rep.quotaMinor ?? 0), 0);
  const lastByRep = new Map<string, number>();
  const history = quotaRows
    .map((row) => {
      const previousMinor = lastByRep.get(row.repId) ?? null;
      lastByRep.set(row.repId, row.amountMinor);
      return {
        id: row.id,
        repId: row.repId,
        rep: repName.get(row.repId) ?? "Rep",
        amountMinor: row.amountMinor,
        previousMinor,
        setAt: row.createdAt.toISOString(),
        setBy: row.setById ? (setterName.get(row.setById) ?? null) : null,
      };
    })
    .reverse();

  return {
    team: { id: team.id, name: team.name, managerName: team.manager?.name ?? null },
    currency: organization.currency,
    today,
    period,
    previousPeriod: previous,
    periods: periodChoices(period, today, organization.fiscalYearStartMonth),
    canEdit: can(viewer, "quota.setForTeam", team),
    goal: {
      goalMinor: goal?.amountMinor ?? null,
      setAt: goal?.createdAt.toISOString() ?? null,
      setBy: goal?.setById ? (setterName.get(goal.setById) ?? null) : null,
    },
    allocatedMinor,
    unallocatedMinor: goal ? goal.amountMinor - allocatedMinor : null,
    previousPeriodRevenueMinor: reps.reduce((sum, rep) => sum + rep.previousPeriodRevenueMinor, 0),
    reps,
    history,
  };
}

export type TeamGoals = Awaited<ReturnType<typeof getTeamGoals>>;
