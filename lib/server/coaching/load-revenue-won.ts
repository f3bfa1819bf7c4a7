import "server-only";
import { readPool } from "@/lib/db";
import { REVENUE_KEY } from "@/lib/coaching/funnel-source";
import { loadDealStageCounts, type FunnelSources } from "@/lib/server/deals/load-funnel-sources";

/**
 * Revenue won per rep over a window (minor units), from wherever the organization counts revenue:
 * CRM deals or logged activity. The same figure as loadStageTotals' `totals.revenue`, for a caller
 * that needs nothing else — one small grouped sum instead of every stage's totals with the data
 * checks' day log (the team read model's quarter to date: issue #21).
 */
export async function loadRevenueWon(organizationId: string, repIds: readonly string[], window: { from: string; to: string }, funnel: FunnelSources): Promise<Map<string, number>> {
  const result = new Map<string, number>(repIds.map((id) => [id, 0]));
  if (repIds.length === 0) return result;
  if (funnel.sources[REVENUE_KEY] === "deals") {
    const deals = await loadDealStageCounts(organizationId, repIds, window);
    for (const [repId, counts] of deals) if (result.has(repId)) result.set(repId, counts.revenueMinor);
    return result;
  }
  const { rows } = await readPool().query<{ repId: string; total: number }>(
    `SELECT "repId", SUM("value")::float8 AS total
     FROM "Activity"
     WHERE "organizationId" = $1 AND "stage" = $5 AND "day" BETWEEN $2::date AND $3::date AND "repId" = ANY($4::text[])
     GROUP BY "repId"`,
    [organizationId, window.from, window.to, [...repIds], REVENUE_KEY],
  );
  for (const row of rows) if (result.has(row.repId)) result.set(row.repId, Number(row.total));
  return result;
}
