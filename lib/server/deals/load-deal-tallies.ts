import "server-only";
import { readPool } from "@/lib/db";
import { EMPTY_DEAL_TALLY, type DealPeriod, type DealTally } from "@/lib/coaching/deal-figures";

/**
 * Each owner's deal tally over a period in ONE grouped query (the same definitions as
 * lib/coaching/deal-figures' tallyDeals). The caller passes owner ids it has scoped to the viewer,
 * or null for the whole organization; the organization id is always a filter.
 */
export async function loadDealTallies(organizationId: string, ownerIds: readonly string[] | null, period: DealPeriod): Promise<Map<string, DealTally>> {
  const result = new Map<string, DealTally>();
  for (const ownerId of ownerIds ?? []) result.set(ownerId, { ...EMPTY_DEAL_TALLY, cycleDays: [] });
  if (ownerIds !== null && ownerIds.length === 0) return result;
  const closedIn = `"outcome" <> 'OPEN' AND "closeDate" BETWEEN $2::date AND $3::date`;
  const { rows } = await readPool().query<{ ownerId: string; opened: number; won: number; lost: number; open: number; revenue: string; cycles: number[] }>(
    `SELECT "ownerId",
       COUNT(*) FILTER (WHERE "createdOn" BETWEEN $2::date AND $3::date)::int AS opened,
       COUNT(*) FILTER (WHERE ${closedIn} AND "outcome" = 'WON')::int AS won,
       COUNT(*) FILTER (WHERE ${closedIn} AND "outcome" = 'LOST')::int AS lost,
       COUNT(*) FILTER (WHERE ("createdOn" IS NULL OR "createdOn" <= $3::date) AND NOT ("outcome" <> 'OPEN' AND "closeDate" IS NOT NULL AND "closeDate" <= $3::date))::int AS open,
       COALESCE(SUM("amountMinor") FILTER (WHERE ${closedIn} AND "outcome" = 'WON'), 0)::text AS revenue,
       COALESCE(ARRAY_AGG("closeDate" - "createdOn") FILTER (WHERE ${closedIn} AND "outcome" = 'WON' AND "createdOn" IS NOT NULL), '{}')::int[] AS cycles
     FROM "Deal"
     WHERE "organizationId" = $1 ${ownerIds === null ? "" : `AND "ownerId" = ANY($4::text[])`}
     GROUP BY "ownerId"`,
    ownerIds === null ? [organizationId, period.from, period.to] : [organizationId, period.from, period.to, [...ownerIds]],
  );
  for (const row of rows) {
    result.set(row.ownerId, { opened: row.opened, won: row.won, lost: row.lost, open: row.open, revenueMinor: Number(row.revenue), cycleDays: row.cycles });
  }
  return result;
}
