import "server-only";
import { db } from "@/lib/db";
import { parseDealsCsv } from "@/lib/import/deals/parse-deals-csv";
import type { DealColumnMapping } from "@/lib/import/deals/types";
import { getDealImportContext } from "@/lib/server/deals/get-deal-import-context";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

const LISTED_ERRORS = 200;

/** Reads an uploaded deal export with a mapping exactly as the import will, writing nothing: its stages, unknown owners and problems. */
export async function previewDealImport(viewer: Viewer, input: { importId: string; mapping: DealColumnMapping }) {
  const loaded = await getDealImportContext(viewer);
  const upload = await db.dealImport.findFirst({ where: { id: input.importId, organizationId: viewer.organizationId, createdById: viewerUserId(viewer) }, select: { fileName: true, status: true, payload: true } });
  if (!upload) throw new NotFoundError("Import");
  if (upload.status !== "QUEUED" && upload.status !== "FAILED") throw new ConflictError("This file has been imported already; upload it again to import it again");
  const result = parseDealsCsv(upload.payload, input.mapping, loaded.context);
  return {
    ok: result.ok,
    fileName: upload.fileName,
    sourceRecords: result.sourceRecords,
    deals: result.ok ? result.deals.length : 0,
    stages: result.stages,
    unknownOwners: result.unknownOwners,
    errors: result.errors.slice(0, LISTED_ERRORS),
    moreErrors: Math.max(0, result.errors.length - LISTED_ERRORS),
  };
}
