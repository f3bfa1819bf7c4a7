// Revenue is won with deals: a rep's day with revenue needs at least one deal won (the funnel's last
// stage) that day. The grid refuses the cell; bulk writes (the API batch, the CSV import) ask this
// of what they write, inside their transaction, so a refusal rolls the whole write back.
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
 * The same answer, asked BESIDE the upsert from a COPY staging table rather than after it: the
 * rep-days' state once written is the staged value where the file has one and the stored value
 * otherwise (the upsert replaces values), so this reads the staging table and the rows as they were.
 * On another connection it runs while the upsert does, on the second core (a 100,000-row import
 * waited ~0.2 s for it after the upsert). The caller throws inside its transaction on a non-empty
 * answer, so the import still rolls back whole.
 */
export async function findRevenueWithoutWinsOnceStaged(client: RawClient, organizationId: string, wonStageKey: string, stagingTable: string): Promise<RevenueWithoutWins[]> {
  const rows = await client.$queryRaw<{ repId: string; day: string; revenue: bigint }[]>`
    WITH incoming AS (
      SELECT r, d,
             bool_or(s = ${REVENUE_STAGE}) AS "hasRevenue", max(v) FILTER (WHERE s = ${REVENUE_STAGE}) AS revenue,
             bool_or(s = ${wonStageKey}) AS "hasWon", max(v) FILTER (WHERE s = ${wonStageKey}) AS won
      FROM ${Prisma.raw(stagingTable)} WHERE s IN (${REVENUE_STAGE}, ${wonStageKey})
      GROUP BY r, d
    ), after AS (
      SELECT i.r AS "repId", i.d AS "day",
             CASE WHEN i."hasRevenue" THEN i.revenue ELSE stored_revenue."value" END AS revenue,
             CASE WHEN i."hasWon" THEN i.won ELSE stored_won."value" END AS won
      FROM incoming i
      LEFT JOIN "Activity" stored_revenue ON stored_revenue."organizationId" = ${organizationId} AND stored_revenue."repId" = i.r AND stored_revenue."day" = i.d AND stored_revenue."stage" = ${REVENUE_STAGE}
      LEFT JOIN "Activity" stored_won ON stored_won."organizationId" = ${organizationId} AND stored_won."repId" = i.r AND stored_won."day" = i.d AND stored_won."stage" = ${wonStageKey}
    )
    SELECT "repId", to_char("day", 'YYYY-MM-DD') AS "day", revenue
    FROM after WHERE COALESCE(revenue, 0) > 0 AND COALESCE(won, 0) <= 0
    ORDER BY "day", "repId"`;
  return rows.map((row) => ({ repId: row.repId, day: row.day, revenueMinor: Number(row.revenue) }));
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
