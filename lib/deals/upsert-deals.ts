// The one bulk write path for deals: INSERT … SELECT ON CONFLICT on (organization, external id), from
// unnest(…) arrays, or on a PostgreSQL server from a COPY staging table (lib/bulk; decision 0031). A deal is updated only when something differs, so re-importing the same export
// changes nothing and the counts say new / changed / unchanged. Deals missing from the file are
// not touched (exports are often partial). No authorization here: lib/server checks the owners.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DealRecord } from "@/lib/import/deals/types";

export interface DealUpsertCounts {
  new: number;
  changed: number;
  unchanged: number;
}

type RawClient = Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

// Bounded parameter arrays per statement; callers run the statements in one transaction.
const CHUNK = 100_000;
const OUTCOME = { open: "OPEN", won: "WON", lost: "LOST" } as const;

/** Which optional text columns the file had; a column the file lacks keeps its stored values. */
export interface DealTextColumns {
  lostReason: boolean;
  product: boolean;
  account: boolean;
}

/** The upsert from `source`, a row source with columns e (external id), o, s, oc ("DealOutcome"), a, c, cl, lr, p, ac. */
async function upsertFrom(client: RawClient, organizationId: string, importId: string | null, source: Prisma.Sql, textColumns: DealTextColumns): Promise<{ inserted: number; updated: number }> {
  const { lostReason: hasLostReason, product: hasProduct, account: hasAccount } = textColumns;
  const result = await client.$queryRaw<{ inserted: bigint; updated: bigint }[]>`
      WITH incoming AS (
        SELECT e, o, s, oc::"DealOutcome" AS oc, a, c, cl, lr, p, ac FROM ${source}
      ), written AS (
        INSERT INTO "Deal" ("organizationId", "externalId", "ownerId", "stage", "outcome", "amountMinor", "createdOn", "closeDate", "lostReason", "productName", "accountName", "lastImportId", "updatedAt")
        SELECT ${organizationId}, e, o, s, oc, a, c, cl, lr, p, ac, ${importId}, now()
        FROM incoming
        ON CONFLICT ("organizationId", "externalId") DO UPDATE SET
          "ownerId" = EXCLUDED."ownerId", "stage" = EXCLUDED."stage", "outcome" = EXCLUDED."outcome", "amountMinor" = EXCLUDED."amountMinor",
          "createdOn" = EXCLUDED."createdOn", "closeDate" = EXCLUDED."closeDate", "lostReason" = CASE WHEN ${hasLostReason}::boolean THEN EXCLUDED."lostReason" ELSE "Deal"."lostReason" END,
          "productName" = CASE WHEN ${hasProduct}::boolean THEN EXCLUDED."productName" ELSE "Deal"."productName" END,
          "accountName" = CASE WHEN ${hasAccount}::boolean THEN EXCLUDED."accountName" ELSE "Deal"."accountName" END, "lastImportId" = EXCLUDED."lastImportId", "updatedAt" = now()
        WHERE ("Deal"."ownerId", "Deal"."stage", "Deal"."outcome", "Deal"."amountMinor", "Deal"."createdOn", "Deal"."closeDate", "Deal"."lostReason", "Deal"."productName", "Deal"."accountName")
          IS DISTINCT FROM (EXCLUDED."ownerId", EXCLUDED."stage", EXCLUDED."outcome", EXCLUDED."amountMinor", EXCLUDED."createdOn", EXCLUDED."closeDate",
            CASE WHEN ${hasLostReason}::boolean THEN EXCLUDED."lostReason" ELSE "Deal"."lostReason" END,
            CASE WHEN ${hasProduct}::boolean THEN EXCLUDED."productName" ELSE "Deal"."productName" END,
            CASE WHEN ${hasAccount}::boolean THEN EXCLUDED."accountName" ELSE "Deal"."accountName" END)
        RETURNING (xmax = 0) AS fresh
      )
      SELECT count(*) FILTER (WHERE fresh) AS inserted, count(*) FILTER (WHERE NOT fresh) AS updated FROM written`;
  return { inserted: Number(result[0]?.inserted ?? 0), updated: Number(result[0]?.updated ?? 0) };
}

export async function upsertDeals(client: RawClient, organizationId: string, importId: string | null, deals: readonly DealRecord[], textColumns: DealTextColumns): Promise<DealUpsertCounts> {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < deals.length; start += CHUNK) {
    const chunk = deals.slice(start, start + CHUNK);
    const column = <T>(pick: (deal: DealRecord) => T) => chunk.map(pick);
    const source = Prisma.sql`unnest(
          ${column((deal) => deal.externalId)}::text[], ${column((deal) => deal.ownerId)}::text[], ${column((deal) => deal.stage)}::text[],
          ${column((deal) => OUTCOME[deal.outcome])}::text[], ${column((deal) => String(deal.amountMinor))}::bigint[],
          ${column((deal) => deal.createdOn)}::date[], ${column((deal) => deal.closeDate)}::date[], ${column((deal) => deal.lostReason)}::text[],
          ${column((deal) => deal.productName)}::text[], ${column((deal) => deal.accountName)}::text[]
        ) AS t(e, o, s, oc, a, c, cl, lr, p, ac)`;
    const written = await upsertFrom(client, organizationId, importId, source, textColumns);
    inserted += written.inserted;
    updated += written.updated;
  }
  return { new: inserted, changed: updated, unchanged: deals.length - inserted - updated };
}

/** The staging table's columns for `upsertStagedDeals`, in the order `stagedDeal` gives values. */
export const DEAL_STAGING_COLUMNS = ["e text", "o text", "s text", "oc text", "a bigint", "c date", "cl date", "lr text", "p text", "ac text"] as const;

/** One deal's staging values. */
export function stagedDeal(deal: DealRecord): (string | number | null)[] {
  return [deal.externalId, deal.ownerId, deal.stage, OUTCOME[deal.outcome], deal.amountMinor, deal.createdOn, deal.closeDate, deal.lostReason, deal.productName, deal.accountName];
}

/** Upserts every deal of a COPY staging table (lib/bulk/copy-staging.ts) holding `dealCount` deals, in one statement. */
export async function upsertStagedDeals(client: RawClient, organizationId: string, importId: string | null, stagingTable: string, dealCount: number, textColumns: DealTextColumns): Promise<DealUpsertCounts> {
  const written = await upsertFrom(client, organizationId, importId, Prisma.raw(stagingTable), textColumns);
  return { new: written.inserted, changed: written.updated, unchanged: dealCount - written.inserted - written.updated };
}
