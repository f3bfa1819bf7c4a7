import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ColumnMapping } from "@/lib/import/types";
import { enqueueImportActivity } from "@/lib/jobs/enqueue";
import { IMPORT_JOB_THRESHOLD_ROWS } from "@/lib/jobs/queues";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import { viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

const IMPORTED_ALREADY = "This file has been imported already; upload it again to import it again";
const BEING_IMPORTED = "This file is being imported already";

/**
 * A file too big to import within a request (more lines than IMPORT_JOB_THRESHOLD_ROWS) is handed
 * to an `import-activity` job instead: the mapping is stored on its ImportJob and any instance's
 * worker imports it through runActivityImport, all or nothing, with its one audit record. Answers
 * false (nothing queued) for a file small enough to import in the request.
 */
export async function queueLargeActivityImport(viewer: Viewer, input: { jobId: string; mapping: ColumnMapping }): Promise<{ queued: boolean }> {
  importableRepsWhere(viewer);
  const scope = { id: input.jobId, organizationId: viewer.organizationId, createdById: viewerUserId(viewer) };
  // The file's line breaks are counted in the database: an upper bound on its records (quoted
  // newlines only make it larger), without bringing a file of up to 50 MB over the wire only to
  // decide where it is imported (the request path reads it once more to import it).
  const [job] = await db.$queryRaw<{ status: string; lineBreaks: number }[]>`
    SELECT "status"::text AS "status", (length("payload") - length(replace("payload", E'\n', '')))::int AS "lineBreaks"
    FROM "ImportJob"
    WHERE "id" = ${scope.id} AND "organizationId" = ${scope.organizationId} AND "createdById" IS NOT DISTINCT FROM ${scope.createdById}`;
  if (!job) throw new NotFoundError("Import");
  if (job.status === "SUCCEEDED") throw new ConflictError(IMPORTED_ALREADY);
  if (job.status === "RUNNING") throw new ConflictError(BEING_IMPORTED);
  // Lines = line breaks + 1, less the header.
  if (job.lineBreaks <= IMPORT_JOB_THRESHOLD_ROWS) return { queued: false };

  const mapping = JSON.parse(JSON.stringify(input.mapping)) as Prisma.InputJsonObject;
  // A file imported already, or being imported, queues nothing. Queuing twice is harmless: the
  // worker's claim is one conditional update, so the second job finds it taken and skips.
  const ready = await db.importJob.updateMany({
    where: { ...scope, status: { in: ["QUEUED", "FAILED"] } },
    data: { status: "QUEUED", mapping, error: null, processedRows: 0, finishedAt: null },
  });
  if (ready.count === 0) {
    throw new ConflictError(BEING_IMPORTED);
  }
  await enqueueImportActivity({ importJobId: input.jobId, organizationId: viewer.organizationId });
  return { queued: true };
}
