import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { JOBS_SCHEMA } from "@/lib/jobs/queues";
import { NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface FailedJob {
  id: string;
  queue: string;
  error: string;
  failedAt: string | null;
  createdAt: string;
  attempts: number;
}

const LISTED = 100;

/**
 * The organization's background jobs that failed after their last retry (kept a week, see
 * lib/jobs/boss.ts). Jobs carry organizationId in their data; another organization's never show.
 */
export async function listFailedJobs(viewer: Viewer): Promise<FailedJob[]> {
  if (!can(viewer, "organization.manage")) throw new NotFoundError("Jobs");
  const schema = Prisma.raw(`"${JOBS_SCHEMA}"`);
  const [installed] = await db.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass(${`${JOBS_SCHEMA}.job`}) IS NOT NULL AS ready`;
  // No worker has started yet against this database: no queue, so nothing has failed.
  if (!installed?.ready) return [];
  const rows = await db.$queryRaw<{ id: string; queue: string; error: string | null; failedAt: Date | null; createdAt: Date; attempts: number }[]>`
    SELECT "id"::text AS "id", "name" AS "queue", COALESCE("output"->>'message', "output"::text) AS "error",
           "completed_on" AS "failedAt", "created_on" AS "createdAt", ("retry_count" + 1)::int AS "attempts"
    FROM ${schema}."job"
    WHERE "state" = 'failed' AND "data"->>'organizationId' = ${viewer.organizationId}
    ORDER BY "completed_on" DESC NULLS LAST
    LIMIT ${LISTED}`;
  return rows.map((row) => ({
    id: row.id,
    queue: row.queue,
    error: (row.error ?? "unknown error").slice(0, 500),
    failedAt: row.failedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    attempts: Number(row.attempts),
  }));
}
