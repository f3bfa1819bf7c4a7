// Revenue is won with deals: a rep's day with revenue needs at least one deal won (the funnel's last
// stage) that day. The grid refuses the cell; bulk writes (the API batch, the CSV import) write
// first and then ask this, inside their transaction, so a refusal rolls the whole write back.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { REVENUE_STAGE } from "@/lib/import/types";

type RawClient = Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

export interface RevenueWithoutWins {
  repId: string;
  day: string;
  revenueMinor: number;
}

/** Of the rep-days whose revenue or deals won were just written, those that now hold revenue but no deal won. */
export async function findRevenueWithoutWins(client: RawClient, organizationId: string, wonStageKey: string, written: readonly { repId: string; day: string; stage: string }[]): Promise<RevenueWithoutWins[]> {
  const touched = written.filter((row) => row.stage === REVENUE_STAGE || row.stage === wonStageKey);
  if (touched.length === 0) return [];
  const keys = [...new Map(touched.map((row) => [`${row.repId}|${row.day}`, row])).values()];
  return query(client, organizationId, wonStageKey, Prisma.sql`unnest(${keys.map((key) => key.repId)}::text[], ${keys.map((key) => key.day)}::date[]) AS k(rep, d)`);
}

/**
 * The same question for rows just upserted from a COPY staging table (columns r, d, s: rep, day,
 * stage; lib/activity/upsert-activity-rows.ts): the rep-days are read from the table itself, so no
 * key arrays go through the client (for a 100,000-row import, most of this check's time).
 */
export async function findRevenueWithoutWinsInStaging(client: RawClient, organizationId: string, wonStageKey: string, stagingTable: string): Promise<RevenueWithoutWins[]> {
  return query(client, organizationId, wonStageKey, Prisma.sql`(SELECT DISTINCT r AS rep, d FROM ${Prisma.raw(stagingTable)} WHERE s IN (${REVENUE_STAGE}, ${wonStageKey})) AS k`);
}

/** `keys`: a row source with columns rep (id) and d (day). */
async function query(client: RawClient, organizationId: string, wonStageKey: string, keys: Prisma.Sql): Promise<RevenueWithoutWins[]> {
  const rows = await client.$queryRaw<{ repId: string; day: string; revenue: bigint }[]>`
    SELECT r."repId", to_char(r."day", 'YYYY-MM-DD') AS "day", r."value" AS "revenue"
    FROM ${keys}
    JOIN "Activity" r ON r."organizationId" = ${organizationId} AND r."repId" = k.rep AND r."day" = k.d AND r."stage" = ${REVENUE_STAGE} AND r."value" > 0
    WHERE NOT EXISTS (
      SELECT 1 FROM "Activity" w
      WHERE w."organizationId" = r."organizationId" AND w."repId" = r."repId" AND w."day" = r."day" AND w."stage" = ${wonStageKey} AND w."value" > 0
    )
    ORDER BY r."day", r."repId"`;
  return rows.map((row) => ({ repId: row.repId, day: row.day, revenueMinor: Number(row.revenue) }));
}
