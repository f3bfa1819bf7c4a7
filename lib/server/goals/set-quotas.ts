import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { parsePeriodKey } from "@/lib/calendar/periods";
import { splitGoal, splitUnit, type SplitMethod } from "@/lib/goals/allocate";
import { previousPeriod } from "@/lib/goals/periods";
import { currencyMinorDigits } from "@/lib/money";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { visibleRepsWhere } from "@/lib/access/policy";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockPeriod, refuseSilentOverAllocation, toMinorAmount } from "@/lib/server/goals/cascade-rules";
import { allocationScopes, loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import { loadRevenueByRep } from "@/lib/server/goals/load-period-revenue";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

export interface SetQuotasInput {
  /** "YYYY-Qn" (fiscal quarter) or "YYYY-MM". */
  period: string;
  /** Allocating a team's goal: every rep listed must be on this team. */
  teamId?: string;
  /** Quotas by hand, in the organization's currency (major units); reps not listed keep theirs. */
  quotas?: { repId: string; amount: number }[];
  /** Instead of `quotas`: split the team's goal over its reps. */
  split?: SplitMethod;
  confirmOverAllocation?: boolean;
}

/**
 * A VP, the team's manager or an API token: reps' quotas for a period — by hand, or the team's
 * goal split evenly or in proportion to last period's revenue. A manager reaches only their own
 * team's reps (others are unknown, 404). Quotas are rows: a change mid-period adds one and the
 * newest is in force. Quotas adding up to more than the team's goal are refused with the amount
 * over unless `confirmOverAllocation`. One audit record per change.
 */
export async function setQuotas(viewer: Viewer, input: SetQuotasInput) {
  if (!can(viewer, "quota.set")) {
    throw new ForbiddenError("A VP or the team's manager sets quotas; an administrator imports them by CSV");
  }
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { name: true, currency: true, fiscalYearStartMonth: true },
  });
  const period = parsePeriodKey(input.period, organization.fiscalYearStartMonth);
  if (!period)
    throw new InvalidInputError("period: must be a fiscal quarter like 2026-Q3 or a month like 2026-07", {
      period: ["must be a fiscal quarter like 2026-Q3 or a month like 2026-07"],
    });
  if (input.quotas && input.split)
    throw new InvalidInputError("split: give either quotas or a split, not both", { split: ["give either quotas or a split, not both"] });
  const team = input.teamId ? await getVisibleTeam(viewer, input.teamId) : null;
  if (input.split && !team) throw new InvalidInputError("split: name the team whose goal to split", { teamId: ["is required to split a team's goal"] });

  const manual = (input.quotas ?? []).map((entry, index) => ({
    repId: entry.repId,
    amountMinor: toMinorAmount(entry.amount, organization.currency, `quotas.${index}.amount`),
  }));
  const ids = [...new Set(manual.map((entry) => entry.repId))];
  if (ids.length !== manual.length) throw new InvalidInputError("quotas: a rep is listed twice", { quotas: ["a rep is listed twice"] });
  const reps = ids.length
    ? await db.user.findMany({ where: { AND: [visibleRepsWhere(viewer), { id: { in: ids } }] }, select: { id: true, name: true, teamId: true, active: true } })
    : [];
  if (reps.length !== ids.length) throw new NotFoundError("Rep");
  const repsById = new Map(reps.map((rep) => [rep.id, rep]));
  for (const [index, entry] of manual.entries()) {
    const rep = repsById.get(entry.repId);
    if (!rep) throw new NotFoundError("Rep");
    if (!rep.active) throw new InvalidInputError(`quotas.${index}.repId: ${rep.name} is deactivated`, { [`quotas.${index}.repId`]: ["is deactivated"] });
    if (team && rep.teamId !== team.id)
      throw new InvalidInputError(`quotas.${index}.repId: ${rep.name} is not on ${team.name}`, { [`quotas.${index}.repId`]: [`is not on ${team.name}`] });
  }

  const previous = previousPeriod(period, organization.fiscalYearStartMonth);
  const revenueByRep = input.split === "proportional" ? await loadRevenueByRep(viewer.organizationId, { from: previous.start, to: previous.end }) : null;

  return db.$transaction(async (tx) => {
    await lockPeriod(tx, viewer.organizationId, period.key);
    const state = await loadAllocationState(viewer.organizationId, period.key, tx);
    const quotas = new Map(manual.map((entry) => [entry.repId, entry.amountMinor]));
    if (input.split && team) {
      const goal = state.teamGoals.get(team.id)?.amountMinor ?? null;
      if (goal === null) throw new InvalidInputError(`split: ${team.name} has no goal for ${period.key} yet`, { split: ["the team has no goal to split"] });
      const members = state.reps.filter((rep) => rep.teamId === team.id);
      if (members.length === 0) throw new InvalidInputError(`split: ${team.name} has no active reps`, { split: ["the team has no reps"] });
      const shares = splitGoal(
        input.split,
        goal,
        members.map((rep) => revenueByRep?.get(rep.id) ?? 0),
        splitUnit(goal, currencyMinorDigits(organization.currency)),
      );
      if (!shares)
        throw new InvalidInputError(`split: no rep of ${team.name} won anything in ${previous.key}; split evenly or set quotas by hand`, {
          split: [`no revenue in ${previous.key} to go by`],
        });
      members.forEach((rep, index) => quotas.set(rep.id, shares[index] ?? 0));
    }

    const changes = [...quotas].filter(([repId, amount]) => state.quotaInForce.get(repId)?.amountMinor !== amount);
    if (changes.length === 0) return { period: period.key, changed: 0 };
    const before = allocationScopes(state, organization.name);
    const after = allocationScopes(state, organization.name, { quotasMinor: new Map(changes) });
    const confirmed = refuseSilentOverAllocation({
      before,
      after,
      confirmed: input.confirmOverAllocation === true,
      currency: organization.currency,
      periodKey: period.key,
    });

    await tx.quota.createMany({
      data: changes.map(([repId, amount]) => ({
        organizationId: viewer.organizationId,
        repId,
        period: period.key,
        periodStart: new Date(`${period.start}T00:00:00Z`),
        periodEnd: new Date(`${period.end}T00:00:00Z`),
        amountMinor: BigInt(amount),
        setById: viewerUserId(viewer),
      })),
    });
    const singleRep = changes.length === 1 && !team ? changes[0]?.[0] : undefined;
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "quota.set",
        entityType: team ? "Team" : "User",
        entityId: team?.id ?? singleRep ?? null,
        before: { period: period.key, quotas: changes.map(([repId]) => ({ repId, amountMinor: state.quotaInForce.get(repId)?.amountMinor ?? null })) },
        after: {
          period: period.key,
          method: input.split ?? "manual",
          quotas: changes.map(([repId, amount]) => ({ repId, amountMinor: amount })),
          overAllocationConfirmed: confirmed.map((scope) => ({ scope: scope.scope, overMinor: scope.overMinor })),
        },
      },
      tx,
    );
    return { period: period.key, changed: changes.length };
  });
}
