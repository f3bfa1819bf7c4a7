import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/http/errors";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import { viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

/** An import's state, write progress and (once finished) its result or problems, read from its ImportJob row (so any instance can answer). Only its uploader sees it. */
export async function getImportJob(viewer: Viewer, jobId: string) {
  importableRepsWhere(viewer);
  const job = await db.importJob.findFirst({
    where: { id: jobId, organizationId: viewer.organizationId, createdById: viewerUserId(viewer) },
    select: { id: true, fileName: true, status: true, totalRows: true, processedRows: true, error: true, result: true },
  });
  if (!job) throw new NotFoundError("Import");
  return job;
}
