import { fromMinorUnits } from "@/lib/money";
import { apiRoute } from "@/lib/server/http/api/api-route";
import { getOrganizationGoals, type OrganizationGoals } from "@/lib/server/goals/get-organization-goals";
import { setGoals } from "@/lib/server/goals/set-goals";
import { goalsQuerySchema, periodQuerySchema, putGoalsSchema } from "@/lib/validation/goals";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

function present(goals: OrganizationGoals) {
  const money = (amount: number | null) => (amount === null ? null : fromMinorUnits(amount, goals.currency));
  return {
    period: goals.period,
    previousPeriod: goals.previousPeriod,
    currency: goals.currency,
    organization: {
      goal: money(goals.organization.goalMinor),
      setAt: goals.organization.setAt,
      allocatedToTeams: money(goals.organization.allocatedToTeamsMinor) ?? 0,
      unallocated: money(goals.organization.unallocatedMinor),
    },
    teams: goals.teams.map((team) => ({
      teamId: team.id,
      name: team.name,
      goal: money(team.goalMinor),
      setAt: team.setAt,
      allocatedToReps: money(team.allocatedToRepsMinor) ?? 0,
      unallocated: money(team.unallocatedMinor),
      previousPeriodRevenue: money(team.previousPeriodRevenueMinor) ?? 0,
    })),
    history: goals.history.map((change) => ({
      teamId: change.teamId,
      amount: money(change.amountMinor) ?? 0,
      previous: money(change.previousMinor),
      setAt: change.setAt,
      setById: change.setById,
    })),
  };
}

export const GET = apiRoute({ query: goalsQuerySchema }, async ({ viewer, query }) => present(await getOrganizationGoals(viewer, query.period)));

// 409 when the change would over-allocate without confirmOverAllocation; nothing is written then.
export const PUT = apiRoute({ query: periodQuerySchema, body: putGoalsSchema }, async ({ viewer, query, body }) => {
  await setGoals(viewer, {
    period: query.period,
    organization: body.organization,
    teams: body.teams,
    split: body.split,
    confirmOverAllocation: body.confirmOverAllocation,
  });
  return present(await getOrganizationGoals(viewer, query.period));
});

const notAllowed = methodNotAllowed(["GET", "PUT"]);
export { notAllowed as POST, notAllowed as PATCH, notAllowed as DELETE };
