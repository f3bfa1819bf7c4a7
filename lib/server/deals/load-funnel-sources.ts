import "server-only";
import { cache } from "react";
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

const FUNNEL_SOURCES_COLUMNS = `(SELECT COALESCE(json_agg("key" ORDER BY "position"), '[]'::json) FROM "FunnelStage" WHERE "organizationId" = $1) AS stages,
  (SELECT COALESCE(json_object_agg("stageKey", "source"), '{}'::json) FROM "FunnelStageSource" WHERE "organizationId" = $1) AS chosen,
  EXISTS (SELECT 1 FROM "Deal" WHERE "organizationId" = $1) AS "hasDeals"`;

interface FunnelSourcesRow {
  stages: string[];
  chosen: Record<string, string>;
  hasDeals: boolean;
}

function toFunnelSources(row: FunnelSourcesRow | undefined): FunnelSources {
  const stageKeys = row?.stages ?? [];
  const chosen: Record<string, CountSource> = {};
  for (const [key, source] of Object.entries(row?.chosen ?? {})) if (source === "deals" || source === "activity") chosen[key] = source;
  const hasDeals = row?.hasDeals ?? false;
  return { stageKeys, sources: resolveCountSources(stageKeys, chosen, hasDeals), chosen, hasDeals };
}

/** Where the organization's deal-countable stages take their counts from, in one query. */
export async function loadFunnelSources(organizationId: string): Promise<FunnelSources> {
  const { rows } = await readPool().query<FunnelSourcesRow>(`SELECT ${FUNNEL_SOURCES_COLUMNS}`, [organizationId]);
  return toFunnelSources(rows[0]);
}

/**
 * The same, read once per request (React's cache; outside a request every call reads): a screen's
 * read model and its deals section both need it. Writers read `loadFunnelSources` itself.
 */
export const loadRequestFunnelSources = cache((organizationId: string) => loadFunnelSources(organizationId));

// A deal counts when it was created or won in the window, so it closed in or after the window or is
// still open (a deal cannot close before it was created: a CHECK constraint). Two index-only range
// scans per rep read those deals alone, not every deal the rep ever had: the rest of a year's deals
// are most of the table (docs/performance.md, seventh pass).
const DEAL_COUNTS_SQL = `SELECT "ownerId",
       COUNT(*) FILTER (WHERE "createdOn" BETWEEN $3::date AND $4::date)::int AS opened,
       COUNT(*) FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3::date AND $4::date)::int AS won,
       COALESCE(SUM("amountMinor") FILTER (WHERE "outcome" = 'WON' AND "closeDate" BETWEEN $3::date AND $4::date), 0)::text AS revenue
     FROM (
       SELECT "ownerId", "createdOn", "closeDate", "outcome", "amountMinor" FROM "Deal"
        WHERE "organizationId" = $1 AND "ownerId" = ANY($2::text[]) AND "closeDate" >= $3::date
       UNION ALL
       SELECT "ownerId", "createdOn", "closeDate", "outcome", "amountMinor" FROM "Deal"
        WHERE "organizationId" = $1 AND "ownerId" = ANY($2::text[]) AND "closeDate" IS NULL AND "createdOn" BETWEEN $3::date AND $4::date
     ) AS "windowDeals"
     GROUP BY 1`;

function toDealCounts(rows: readonly { ownerId: string; opened: number; won: number; revenue: string }[]): Map<string, DealStageCounts> {
  const counts = new Map<string, DealStageCounts>();
  for (const row of rows) counts.set(row.ownerId, { opened: Number(row.opened), won: Number(row.won), revenueMinor: Number(row.revenue) });
  return counts;
}

/**
 * The funnel's sources and, when the organization has deals, the reps' deal counts over the window,
 * in ONE statement: a caller that does not know the sources yet needs no second round trip for
 * the deals (the deal subquery runs only when a deal exists).
 */
export async function loadFunnelSourcesWithDealCounts(
  organizationId: string,
  repIds: readonly string[],
  window: { from: string; to: string },
): Promise<{ funnel: FunnelSources; deals: Map<string, DealStageCounts> }> {
  const { rows } = await readPool().query<FunnelSourcesRow & { deals: { ownerId: string; opened: number; won: number; revenue: string }[] | null }>(
    `SELECT ${FUNNEL_SOURCES_COLUMNS},
       CASE WHEN EXISTS (SELECT 1 FROM "Deal" WHERE "organizationId" = $1) THEN (
         SELECT COALESCE(json_agg(d), '[]'::json) FROM (${DEAL_COUNTS_SQL}) d
       ) END AS deals`,
    [organizationId, [...repIds], window.from, window.to],
  );
  return { funnel: toFunnelSources(rows[0]), deals: toDealCounts(rows[0]?.deals ?? []) };
}

/** Per rep over a window: deals created, deals won and their amounts, in one grouped query. */
export async function loadDealStageCounts(organizationId: string, repIds: readonly string[], window: { from: string; to: string }): Promise<Map<string, DealStageCounts>> {
  if (repIds.length === 0) return new Map();
  const { rows } = await readPool().query<{ ownerId: string; opened: number; won: number; revenue: string }>(DEAL_COUNTS_SQL, [organizationId, [...repIds], window.from, window.to]);
  return toDealCounts(rows);
}
