// The one bulk write path for activity: a single INSERT … SELECT … ON CONFLICT upsert, from unnest(…)
// arrays, or for big imports on a PostgreSQL server from a COPY staging table (lib/bulk). One
// statement is atomic (all or nothing); COPY itself breaks PGlite's socket server (see STACK.md),
// so the embedded database always takes the unnest path.
// It does no authorization: callers in lib/server check that every rep is theirs to write.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export interface ActivityRow {
  repId: string;
  /** YYYY-MM-DD in the organization's time zone. */
  day: string;
  /** A funnel stage key, or "revenue" (minor units). */
  stage: string;
  value: number;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

type RawClient = Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

const CHUNK = 50_000;

/** The upsert from `source`, a row source with columns r (rep id), d (day), s (stage), v (value). */
async function upsertFrom(client: RawClient, organizationId: string, source: Prisma.Sql): Promise<{ inserted: number; updated: number }> {
  const result = await client.$queryRaw<{ inserted: bigint; updated: bigint }[]>`
    WITH written AS (
      INSERT INTO "Activity" ("organizationId", "repId", "day", "stage", "value", "updatedAt")
      SELECT ${organizationId}, r, d, s, v, now()
      FROM ${source}
      ON CONFLICT ("organizationId", "repId", "day", "stage")
      DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()
      WHERE "Activity"."value" IS DISTINCT FROM EXCLUDED."value"
      RETURNING (xmax = 0) AS fresh
    )
    SELECT count(*) FILTER (WHERE fresh) AS inserted, count(*) FILTER (WHERE NOT fresh) AS updated FROM written`;
  return { inserted: Number(result[0]?.inserted ?? 0), updated: Number(result[0]?.updated ?? 0) };
}

export async function upsertActivityRows(client: RawClient, organizationId: string, rows: readonly ActivityRow[]): Promise<UpsertCounts> {
  let inserted = 0;
  let updated = 0;
  // Chunks keep each statement's parameter arrays bounded; callers wrap them in one transaction.
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const repIds = chunk.map((row) => row.repId);
    const days = chunk.map((row) => row.day);
    const stages = chunk.map((row) => row.stage);
    const values = chunk.map((row) => String(Math.round(row.value)));
    const written = await upsertFrom(client, organizationId, Prisma.sql`unnest(${repIds}::text[], ${days}::date[], ${stages}::text[], ${values}::bigint[]) AS t(r, d, s, v)`);
    inserted += written.inserted;
    updated += written.updated;
  }
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}

/** The staging table's columns for `upsertStagedActivityRows`, in the order `stagedActivityRow` gives values. */
export const ACTIVITY_STAGING_COLUMNS = ["r text", "d date", "s text", "v bigint"] as const;

export function stagedActivityRow(row: ActivityRow): [string, string, string, number] {
  return [row.repId, row.day, row.stage, Math.round(row.value)];
}

/** Upserts every row of a COPY staging table (lib/bulk/copy-staging.ts) holding `rowCount` rows, in one statement. */
export async function upsertStagedActivityRows(client: RawClient, organizationId: string, stagingTable: string, rowCount: number): Promise<UpsertCounts> {
  const written = await upsertFrom(client, organizationId, Prisma.raw(stagingTable));
  return { ...written, unchanged: rowCount - written.inserted - written.updated };
}
