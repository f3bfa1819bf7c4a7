import { fromMinorUnits } from "@/lib/money";
import { apiRoute } from "@/lib/server/http/api/api-route";
import { getRepQuota } from "@/lib/server/goals/get-rep-quota";
import { setQuotas } from "@/lib/server/goals/set-quotas";
import { repIdParamsSchema } from "@/lib/validation/api";
import { goalsQuerySchema, periodQuerySchema, putQuotaSchema } from "@/lib/validation/goals";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

async function present(viewer: Viewer, repId: string, periodKey: string | undefined) {
  const quota = await getRepQuota(viewer, repId, periodKey);
  const money = (amount: number | null) => (amount === null ? null : fromMinorUnits(amount, quota.currency));
  return {
    repId: quota.repId,
    period: quota.period,
    currency: quota.currency,
    amount: money(quota.quotaMinor),
    setAt: quota.setAt,
    history: quota.history.map((row) => ({ amount: money(row.amountMinor) ?? 0, setAt: row.setAt, setById: row.setById })),
    team: quota.team
      ? {
          teamId: quota.team.teamId,
          goal: money(quota.team.goalMinor),
          allocatedToReps: money(quota.team.allocatedToRepsMinor) ?? 0,
          unallocated: money(quota.team.unallocatedMinor),
        }
      : null,
  };
}

export const GET = apiRoute({ params: repIdParamsSchema, query: goalsQuerySchema }, ({ viewer, params, query }) => present(viewer, params.id, query.period));

// A change adds a quota row (the newest is in force); 409 when it would over-allocate the team's goal without confirmOverAllocation.
export const PUT = apiRoute({ params: repIdParamsSchema, query: periodQuerySchema, body: putQuotaSchema }, async ({ viewer, params, query, body }) => {
  await setQuotas(viewer, { period: query.period, quotas: [{ repId: params.id, amount: body.amount }], confirmOverAllocation: body.confirmOverAllocation });
  return present(viewer, params.id, query.period);
});

const notAllowed = methodNotAllowed(["GET", "PUT"]);
export { notAllowed as POST, notAllowed as PATCH, notAllowed as DELETE };
