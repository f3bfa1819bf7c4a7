import "server-only";
import { readPool } from "@/lib/db";
import { resolveCountSources, type CountSource, type DealStageCounts } from "@/lib/coaching/funnel-source";

export interface FunnelSources {
  stageKeys: string[];
  /** Deal-countable stage key → where its counts come from. */
  sources: Record<string, CountSource>;
  /** The organization's explicit choices (the rest are defaults). */
  chosen: Record<string, CountSource>;
  hasDeals: boolean;
}

/** Where the organization's deal-countable stages take their counts from, in one query. */
export async function loadFunnelSources(organizationId: string): Promise<FunnelSources> {
  const { rows } = await readPool().query<{ stages: string[]; chosen: Record<string, string>; hasDeals: boolean }>(
    `SELECT (SELECT COALESCE(json_agg("key" ORDER BY "position"), '[]'::json) FROM "FunnelStage" WHERE "organizationId" = $1) AS stages,
            (SELECT COALESCE(json_object_agg("stageKey", "source"), '{}'::json) FROM "FunnelStageSource" WHERE "organizationId" = $1) AS chosen,
            EXISTS (SELECT 1 FROM "Deal" WHERE "organizationId" = $1) AS "hasDeals"`,
    [organizationId],
  );
  const row = rows[0];
  const stageKeys = row?.stages ?? [];
  const chosen: Record<string, CountSource> = {};
  for (const [key, source] of Object.entries(row?.chosen ?? {})) if (source === "deals" || source === "activity") chosen[key] = source;
  const hasDeals = row?.hasDeals ?? false;
  return { stageKeys, sources: resolveCountSources(stageKeys, chosen, hasDeals), chosen, hasDeals };
}

/** Per rep over a window: deals created, deals won and their amounts, in one grouped query. */
export async function loadDealStageCounts(organizationId: string, repIds: readonly string[], window: { from: string; to: string }): Promise<Map<string, DealStageCounts>> {
  const counts = new Map<string, DealStageCounts>();
  if (repIds.length === 0) return counts;
  const { rows } = await readPool().query<{ ownerId: string; opened: number; won: number; revenue: string }>(
    `SELECT "ownerId",
       COUNT(*) FILTER (WHERE "createdOn" BETWEEN $3::date AND $4::date)::int AS opened,
       COUNT(*) FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3::date AND $4::date)::int AS won,
       COALESCE(SUM("amountMinor") FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3::date AND $4::date), 0)::text AS revenue
     FROM "Deal" WHERE "organizationId" = $1 AND "ownerId" = ANY($2::text[])
     GROUP BY 1`,
    [organizationId, [...repIds], window.from, window.to],
  );
  for (const row of rows) counts.set(row.ownerId, { opened: row.opened, won: row.won, revenueMinor: Number(row.revenue) });
  return counts;
}
