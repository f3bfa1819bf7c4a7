import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AllocationScope } from "@/lib/goals/allocate";

type Client = Pick<Prisma.TransactionClient, "goal" | "quota" | "team" | "user">;

export interface GoalRow {
  id: string;
  teamId: string | null;
  amountMinor: number;
  setById: string | null;
  createdAt: Date;
}

export interface QuotaRow {
  id: string;
  repId: string;
  amountMinor: number;
  setById: string | null;
  createdAt: Date;
}

/**
 * The whole cascade of one period, in four queries whatever the organization's size: goal and
 * quota rows (oldest first: the last one of each scope is in force), teams, and active reps.
 * Callers scope what they show; writes pass their transaction so checks and writes see the same rows.
 */
export async function loadAllocationState(organizationId: string, periodKey: string, client: Client = db) {
  const [goalRows, quotaRows, teams, reps] = await Promise.all([
    client.goal.findMany({
      where: { organizationId, period: periodKey },
      select: { id: true, teamId: true, amountMinor: true, setById: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    client.quota.findMany({
      where: { organizationId, period: periodKey },
      select: { id: true, repId: true, amountMinor: true, setById: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    client.team.findMany({
      where: { organizationId },
      select: { id: true, name: true, managerId: true, manager: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    client.user.findMany({
      where: { organizationId, role: "REP", active: true },
      select: { id: true, name: true, email: true, teamId: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const goals: GoalRow[] = goalRows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) }));
  const quotas: QuotaRow[] = quotaRows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) }));
  const organizationGoal = goals.filter((row) => row.teamId === null).at(-1) ?? null;
  const teamGoals = new Map<string, GoalRow>();
  for (const row of goals) if (row.teamId !== null) teamGoals.set(row.teamId, row);
  const quotaInForce = new Map<string, QuotaRow>();
  for (const row of quotas) quotaInForce.set(row.repId, row);
  return { goals, quotas, teams, reps, organizationGoal, teamGoals, quotaInForce };
}

export type AllocationState = Awaited<ReturnType<typeof loadAllocationState>>;

/**
 * Each level of the cascade with what is allocated under it, for a state with some amounts
 * replaced: organization goal → team goals; each team goal → its active reps' quotas.
 */
export function allocationScopes(
  state: AllocationState,
  organizationName: string,
  changes: { organizationGoalMinor?: number; teamGoalsMinor?: ReadonlyMap<string, number>; quotasMinor?: ReadonlyMap<string, number> } = {},
): AllocationScope[] {
  const teamGoal = (teamId: string) => changes.teamGoalsMinor?.get(teamId) ?? state.teamGoals.get(teamId)?.amountMinor ?? null;
  const quota = (repId: string) => changes.quotasMinor?.get(repId) ?? state.quotaInForce.get(repId)?.amountMinor ?? 0;
  const organizationGoal = changes.organizationGoalMinor ?? state.organizationGoal?.amountMinor ?? null;
  const scopes: AllocationScope[] = [
    {
      scope: "organization",
      name: organizationName,
      goalMinor: organizationGoal,
      allocatedMinor: state.teams.reduce((sum, team) => sum + (teamGoal(team.id) ?? 0), 0),
    },
  ];
  for (const team of state.teams) {
    const allocated = state.reps.filter((rep) => rep.teamId === team.id).reduce((sum, rep) => sum + quota(rep.id), 0);
    scopes.push({ scope: team.id, name: team.name, goalMinor: teamGoal(team.id), allocatedMinor: allocated });
  }
  return scopes;
}
