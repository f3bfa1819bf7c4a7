import "server-only";
import { db } from "@/lib/db";
import { listActivityTypes } from "@/lib/import/activity-types";
import { parseActivityCsv } from "@/lib/import/parse-activity-csv";
import type { ColumnMapping } from "@/lib/import/types";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { importSummaryDto } from "@/lib/server/import/import-summary";
import { loadImportContext } from "@/lib/server/import/load-import-context";
import { viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

const PREVIEW_COLUMNS = 40;
const PREVIEW_CELL_CHARACTERS = 120;

/**
 * Reads an uploaded file with a column mapping exactly as the import will (same parser, same
 * scope), and writes nothing: the first records as read, the totals to be written, every problem.
 */
export async function previewActivityImport(viewer: Viewer, input: { jobId: string; mapping: ColumnMapping }) {
  const loaded = await loadImportContext(viewer);
  const job = await db.importJob.findFirst({
    where: { id: input.jobId, organizationId: viewer.organizationId, createdById: viewerUserId(viewer) },
    select: { fileName: true, status: true, payload: true },
  });
  if (!job) throw new NotFoundError("Import");
  if (job.status === "RUNNING") throw new ConflictError("This file is being imported already");
  if (job.status === "SUCCEEDED") throw new ConflictError("This file has been imported already; upload it again to import it again");

  const result = parseActivityCsv(job.payload, input.mapping, loaded.context);
  const typeColumn = input.mapping.format === "records" ? input.mapping.columns.activityType : undefined;
  const clip = (cells: readonly string[]) => cells.slice(0, PREVIEW_COLUMNS).map((cell) => (cell.length > PREVIEW_CELL_CHARACTERS ? `${cell.slice(0, PREVIEW_CELL_CHARACTERS - 1)}…` : cell));
  return {
    ok: result.ok,
    fileName: job.fileName,
    header: clip(result.preview.header),
    records: result.preview.records.map(clip),
    summary: importSummaryDto(result.summary, loaded.currency),
    errors: result.errors,
    tooManyRows: result.summary.sourceRecords > (loaded.context.maxRows ?? Number.POSITIVE_INFINITY),
    activityTypes: typeColumn ? listActivityTypes(job.payload, typeColumn) : { types: [], truncated: false },
  };
}
