import "server-only";
import { db } from "@/lib/db";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";

/**
 * Revenue won per rep between two days (minor units), in one grouped query. Without rep ids it
 * covers the organization's active reps; with them, only those (already scoped by the caller).
 */
export async function loadRevenueByRep(organizationId: string, window: { from: string; to: string }, repIds?: readonly string[]): Promise<Map<string, number>> {
  const ids = repIds ?? (await db.user.findMany({ where: { organizationId, role: "REP", active: true }, select: { id: true } })).map((rep) => rep.id);
  if (window.from > window.to) return new Map(ids.map((id) => [id, 0]));
  const totals = await loadStageTotals(organizationId, ids, window);
  return new Map([...totals].map(([repId, entry]) => [repId, entry.totals.revenue ?? 0]));
}
