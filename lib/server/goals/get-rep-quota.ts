import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { resolvePeriod } from "@/lib/goals/periods";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { loadAllocationState } from "@/lib/server/goals/load-allocation-state";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * One rep's quota for a period: the one in force (the newest) and its dated history. A rep sees
 * only their own (another rep is unknown, 404); their team's goal and allocation are not shown
 * to a rep. Amounts in minor units.
 */
export async function getRepQuota(viewer: Viewer, repId: string, periodKey: string | undefined) {
  const rep = await getVisibleRep(viewer, repId);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { currency: true, fiscalYearStartMonth: true, timeZone: true },
  });
  const period = resolvePeriod(periodKey, organization.fiscalYearStartMonth, todayIn(organization.timeZone));
  const showTeam = can(viewer, "team.view") && rep.teamId !== null;
  const [rows, state] = await Promise.all([
    db.quota.findMany({
      where: { organizationId: viewer.organizationId, repId: rep.id, period: period.key },
      select: { amountMinor: true, createdAt: true, setById: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    showTeam ? loadAllocationState(viewer.organizationId, period.key) : Promise.resolve(null),
  ]);
  const inForce = rows.at(-1) ?? null;
  let team: { teamId: string; goalMinor: number | null; allocatedToRepsMinor: number; unallocatedMinor: number | null } | null = null;
  if (state && rep.teamId) {
    const goal = state.teamGoals.get(rep.teamId)?.amountMinor ?? null;
    const allocated = state.reps
      .filter((member) => member.teamId === rep.teamId)
      .reduce((sum, member) => sum + (state.quotaInForce.get(member.id)?.amountMinor ?? 0), 0);
    team = { teamId: rep.teamId, goalMinor: goal, allocatedToRepsMinor: allocated, unallocatedMinor: goal === null ? null : goal - allocated };
  }
  return {
    repId: rep.id,
    currency: organization.currency,
    period,
    quotaMinor: inForce ? Number(inForce.amountMinor) : null,
    setAt: inForce?.createdAt.toISOString() ?? null,
    history: rows.map((row) => ({ amountMinor: Number(row.amountMinor), setAt: row.createdAt.toISOString(), setById: row.setById })).reverse(),
    team,
  };
}
