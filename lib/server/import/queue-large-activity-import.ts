import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ColumnMapping } from "@/lib/import/types";
import { enqueueImportActivity } from "@/lib/jobs/enqueue";
import { IMPORT_JOB_THRESHOLD_ROWS } from "@/lib/jobs/queues";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import { viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

const IMPORTED_ALREADY = "This file has been imported already; upload it again to import it again";
const BEING_IMPORTED = "This file is being imported already";

/** Lines in the file: an upper bound on its records (quoted newlines only make it larger), read without parsing. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

/**
 * A file too big to import within a request (more lines than IMPORT_JOB_THRESHOLD_ROWS) is handed
 * to an `import-activity` job instead: the mapping is stored on its ImportJob and any instance's
 * worker imports it through runActivityImport, all or nothing, with its one audit record. Answers
 * false (nothing queued) for a file small enough to import in the request.
 */
export async function queueLargeActivityImport(viewer: Viewer, input: { jobId: string; mapping: ColumnMapping }): Promise<{ queued: boolean }> {
  importableRepsWhere(viewer);
  const scope = { id: input.jobId, organizationId: viewer.organizationId, createdById: viewerUserId(viewer) };
  const job = await db.importJob.findFirst({ where: scope, select: { status: true, payload: true } });
  if (!job) throw new NotFoundError("Import");
  if (job.status === "SUCCEEDED") throw new ConflictError(IMPORTED_ALREADY);
  if (job.status === "RUNNING") throw new ConflictError(BEING_IMPORTED);
  if (lineCount(job.payload) - 1 <= IMPORT_JOB_THRESHOLD_ROWS) return { queued: false };

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
