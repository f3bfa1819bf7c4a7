// The one bulk write path for activity: a single INSERT … SELECT FROM unnest(…) ON CONFLICT upsert.
// One statement is atomic (all or nothing) and reaches COPY speed from node on PostgreSQL and on
// the embedded PGlite server (COPY itself breaks PGlite's socket server; see STACK.md).
// It does no authorization: callers in lib/server check that every rep is theirs to write.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

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
    const result = await client.$queryRaw<{ inserted: bigint; updated: bigint }[]>`
      WITH written AS (
        INSERT INTO "Activity" ("organizationId", "repId", "day", "stage", "value", "updatedAt")
        SELECT ${organizationId}, r, d, s, v, now()
        FROM unnest(${repIds}::text[], ${days}::date[], ${stages}::text[], ${values}::bigint[]) AS t(r, d, s, v)
        ON CONFLICT ("organizationId", "repId", "day", "stage")
        DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()
        WHERE "Activity"."value" IS DISTINCT FROM EXCLUDED."value"
        RETURNING (xmax = 0) AS fresh
      )
      SELECT count(*) FILTER (WHERE fresh) AS inserted, count(*) FILTER (WHERE NOT fresh) AS updated FROM written`;
    inserted += Number(result[0]?.inserted ?? 0);
    updated += Number(result[0]?.updated ?? 0);
  }
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}
