import "server-only";
import { db } from "@/lib/db";
import { guessDealPreset, type DealPresetKey } from "@/lib/import/deals/presets";
import { readCsvHeader } from "@/lib/import/parse-activity-csv";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import { InvalidInputError } from "@/lib/server/http/errors";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

export interface DealUpload {
  importId: string;
  fileName: string;
  bytes: number;
  header: string[];
  guessedPreset: DealPresetKey | null;
}

const UNSAFE_NAME = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Keeps an uploaded deal export in a DealImport (QUEUED) so mapping, checking and importing work from the database on any instance. */
export async function createDealUpload(viewer: Viewer, input: { fileName: string; csv: string }): Promise<DealUpload> {
  assertDealImporter(viewer);
  if (input.csv.includes("\u0000")) throw new InvalidInputError("file: this is not a CSV text file (it holds binary data); save or export it as CSV first", { file: ["is not a CSV text file"] });
  const header = readCsvHeader(input.csv);
  if ("error" in header) throw new InvalidInputError(`file: ${header.error}`, { file: [header.error] });
  const fileName = (input.fileName.replace(UNSAFE_NAME, "").split(/[\\/]/).at(-1)?.trim() || "deals.csv").slice(0, 200);
  const bytes = Buffer.byteLength(input.csv, "utf8");
  const created = await db.$transaction(async (tx) => {
    const upload = await tx.dealImport.create({ data: { organizationId: viewer.organizationId, createdById: viewerUserId(viewer), fileName, payload: input.csv }, select: { id: true } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "deal_import.uploaded", entityType: "DealImport", entityId: upload.id, after: { fileName, bytes } }, tx);
    return upload;
  });
  return { importId: created.id, fileName, bytes, header: header.header.slice(0, 200).map((name) => name.slice(0, 200)), guessedPreset: guessDealPreset(header.header) };
}
