import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getBoss } from "@/lib/jobs/boss";
import { IMPORT_ACTIVITY, JOBS_SCHEMA } from "@/lib/jobs/queues";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { RetryJobInput } from "@/lib/validation/jobs";

/** Puts one of the organization's failed jobs back in its queue; any instance's worker picks it up. */
export async function retryFailedJob(viewer: Viewer, input: RetryJobInput): Promise<void> {
  if (!can(viewer, "organization.manage")) throw new NotFoundError("Job");
  const schema = Prisma.raw(`"${JOBS_SCHEMA}"`);
  const [installed] = await db.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass(${`${JOBS_SCHEMA}.job`}) IS NOT NULL AS ready`;
  if (!installed?.ready) throw new NotFoundError("Job");
  const found = await db.$queryRaw<{ id: string; importJobId: string | null }[]>`
    SELECT "id"::text AS "id", "data"->>'importJobId' AS "importJobId" FROM ${schema}."job"
    WHERE "name" = ${input.queue} AND "id" = ${input.jobId}::uuid AND "state" = 'failed' AND "data"->>'organizationId' = ${viewer.organizationId}`;
  const job = found[0];
  if (!job) throw new NotFoundError("Failed job");
  // An import that gave up was marked FAILED; queued again, it must run rather than be skipped.
  if (input.queue === IMPORT_ACTIVITY && job.importJobId) {
    await db.importJob.updateMany({ where: { id: job.importJobId, organizationId: viewer.organizationId, status: "FAILED" }, data: { status: "QUEUED", error: null, finishedAt: null } });
  }
  const boss = await getBoss();
  await boss.retry(input.queue, input.jobId);
  await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "job.retried", entityType: "Job", entityId: input.jobId, after: { queue: input.queue } });
}
