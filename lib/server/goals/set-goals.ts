import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { parsePeriodKey } from "@/lib/calendar/periods";
import { splitGoal, splitUnit, type SplitMethod } from "@/lib/goals/allocate";
import { previousPeriod } from "@/lib/goals/periods";
import { currencyMinorDigits } from "@/lib/money";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockPeriod, refuseSilentOverAllocation, toMinorAmount } from "@/lib/server/goals/cascade-rules";
import { allocationScopes, loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import { loadRevenueByRep } from "@/lib/server/goals/load-period-revenue";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

export interface SetGoalsInput {
  /** "YYYY-Qn" (fiscal quarter) or "YYYY-MM". */
  period: string;
  /** The organization's goal, in the organization's currency (major units). */
  organization?: number;
  /** Team goals by hand (teams not listed keep theirs). */
  teams?: { teamId: string; amount: number }[];
  /** Instead of `teams`: split the organization's goal over every team. */
  split?: SplitMethod;
  confirmOverAllocation?: boolean;
}

/**
 * VP (or an API token): the organization's revenue goal for a period and its allocation to
 * teams — by hand, evenly, or in proportion to last period's revenue. Goals are rows: a change
 * adds one and the newest is in force, so the history stays. Creating or deepening an
 * over-allocation (team goals above the organization's, or a team goal below its reps' quotas)
 * is refused with the amount over unless `confirmOverAllocation`. One audit record per change.
 */
export async function setGoals(viewer: Viewer, input: SetGoalsInput) {
  if (!can(viewer, "goal.set")) throw new ForbiddenError("Only a VP sets the organization's goals");
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { name: true, currency: true, fiscalYearStartMonth: true },
  });
  const period = parsePeriodKey(input.period, organization.fiscalYearStartMonth);
  if (!period)
    throw new InvalidInputError("period: must be a fiscal quarter like 2026-Q3 or a month like 2026-07", {
      period: ["must be a fiscal quarter like 2026-Q3 or a month like 2026-07"],
    });
  if (input.teams && input.split)
    throw new InvalidInputError("split: give either team amounts or a split, not both", { split: ["give either team amounts or a split, not both"] });
  const organizationGoalMinor = input.organization === undefined ? undefined : toMinorAmount(input.organization, organization.currency, "organization");
  const manual = (input.teams ?? []).map((entry, index) => ({
    teamId: entry.teamId,
    amountMinor: toMinorAmount(entry.amount, organization.currency, `teams.${index}.amount`),
  }));
  const duplicate = manual.find((entry, index) => manual.findIndex((other) => other.teamId === entry.teamId) !== index);
  if (duplicate) throw new InvalidInputError("teams: a team is listed twice", { teams: [`team ${duplicate.teamId} is listed twice`] });

  const previous = previousPeriod(period, organization.fiscalYearStartMonth);
  const revenueByRep = input.split === "proportional" ? await loadRevenueByRep(viewer.organizationId, { from: previous.start, to: previous.end }) : null;

  return db.$transaction(async (tx) => {
    await lockPeriod(tx, viewer.organizationId, period.key);
    const state = await loadAllocationState(viewer.organizationId, period.key, tx);
    const teamIds = new Set(state.teams.map((team) => team.id));
    // Another organization's team id looks unknown, like any unknown id.
    if (manual.some((entry) => !teamIds.has(entry.teamId))) throw new NotFoundError("Team");

    const goalToSplit = organizationGoalMinor ?? state.organizationGoal?.amountMinor ?? null;
    const teamGoals = new Map(manual.map((entry) => [entry.teamId, entry.amountMinor]));
    if (input.split) {
      if (goalToSplit === null)
        throw new InvalidInputError(`split: set the organization's goal for ${period.key} before splitting it`, {
          split: ["set the organization's goal first"],
        });
      if (state.teams.length === 0) throw new InvalidInputError("split: the organization has no teams to allocate to", { split: ["there are no teams"] });
      const weights = state.teams.map((team) =>
        state.reps.filter((rep) => rep.teamId === team.id).reduce((sum, rep) => sum + (revenueByRep?.get(rep.id) ?? 0), 0),
      );
      const shares = splitGoal(input.split, goalToSplit, weights, splitUnit(goalToSplit, currencyMinorDigits(organization.currency)));
      if (!shares)
        throw new InvalidInputError(`split: no team won anything in ${previous.key}; split evenly or set the team goals by hand`, {
          split: [`no revenue in ${previous.key} to go by`],
        });
      state.teams.forEach((team, index) => teamGoals.set(team.id, shares[index] ?? 0));
    }

    const organizationChanged = organizationGoalMinor !== undefined && organizationGoalMinor !== state.organizationGoal?.amountMinor;
    const teamChanges = [...teamGoals].filter(([teamId, amount]) => state.teamGoals.get(teamId)?.amountMinor !== amount);
    if (!organizationChanged && teamChanges.length === 0) return { period: period.key, changed: 0 };

    const before = allocationScopes(state, organization.name);
    const after = allocationScopes(state, organization.name, {
      organizationGoalMinor: organizationChanged ? organizationGoalMinor : undefined,
      teamGoalsMinor: new Map(teamChanges),
    });
    const confirmed = refuseSilentOverAllocation({
      before,
      after,
      confirmed: input.confirmOverAllocation === true,
      currency: organization.currency,
      periodKey: period.key,
    });

    const common = {
      organizationId: viewer.organizationId,
      period: period.key,
      periodStart: new Date(`${period.start}T00:00:00Z`),
      periodEnd: new Date(`${period.end}T00:00:00Z`),
      setById: viewerUserId(viewer),
    };
    await tx.goal.createMany({
      data: [
        ...(organizationChanged && organizationGoalMinor !== undefined ? [{ ...common, teamId: null, amountMinor: BigInt(organizationGoalMinor) }] : []),
        ...teamChanges.map(([teamId, amount]) => ({ ...common, teamId, amountMinor: BigInt(amount) })),
      ],
    });
    const teamName = new Map(state.teams.map((team) => [team.id, team.name]));
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "goal.set",
        entityType: "Organization",
        entityId: viewer.organizationId,
        before: {
          period: period.key,
          organization: organizationChanged ? (state.organizationGoal?.amountMinor ?? null) : undefined,
          teams: teamChanges.map(([teamId]) => ({ teamId, name: teamName.get(teamId), amountMinor: state.teamGoals.get(teamId)?.amountMinor ?? null })),
        },
        after: {
          period: period.key,
          method: input.split ?? "manual",
          organization: organizationChanged ? organizationGoalMinor : undefined,
          teams: teamChanges.map(([teamId, amount]) => ({ teamId, name: teamName.get(teamId), amountMinor: amount })),
          overAllocationConfirmed: confirmed.map((scope) => ({ scope: scope.scope, overMinor: scope.overMinor })),
        },
      },
      tx,
    );
    return { period: period.key, changed: (organizationChanged ? 1 : 0) + teamChanges.length };
  });
}
