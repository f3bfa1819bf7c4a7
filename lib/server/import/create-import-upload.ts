import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCsvHeader } from "@/lib/import/parse-activity-csv";
import { guessPreset, IMPORT_PRESETS, type ImportPresetKey } from "@/lib/import/presets";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

export interface ImportUpload {
  jobId: string;
  fileName: string;
  bytes: number;
  header: string[];
  guessedPreset: ImportPresetKey | null;
}

const UNSAFE_NAME = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

function cleanFileName(name: string): string {
  const base = name.replace(UNSAFE_NAME, "").split(/[\\/]/).at(-1)?.trim() ?? "";
  return (base || "upload.csv").slice(0, 200);
}

/**
 * Keeps an uploaded CSV in an ImportJob (QUEUED) so the mapping, preview and import steps work from
 * the database on any instance; nothing is imported yet. Answers the header and the guessed format.
 */
export async function createImportUpload(viewer: Viewer, input: { fileName: string; csv: string }): Promise<ImportUpload> {
  importableRepsWhere(viewer);
  // PostgreSQL text cannot hold NUL, and no CSV export has one: this is a workbook or another binary file.
  if (input.csv.includes("\u0000")) {
    throw new InvalidInputError("file: this is not a CSV text file (it holds binary data); save or export it as CSV first", { file: ["is not a CSV text file"] });
  }
  const header = readCsvHeader(input.csv);
  if ("error" in header) throw new InvalidInputError(`file: ${header.error}`, { file: [header.error] });
  const stageKeys = (await getFunnelStages(viewer.organizationId)).map((stage) => stage.key);
  const guessedPreset = guessPreset(header.header, stageKeys);
  const fileName = cleanFileName(input.fileName);
  const bytes = Buffer.byteLength(input.csv, "utf8");
  const mapping = guessedPreset ? (JSON.parse(JSON.stringify(IMPORT_PRESETS[guessedPreset](stageKeys))) as Prisma.InputJsonObject) : {};
  const job = await db.$transaction(async (tx) => {
    const created = await tx.importJob.create({
      data: { organizationId: viewer.organizationId, createdById: viewerUserId(viewer), fileName, mapping, payload: input.csv },
      select: { id: true },
    });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "activity_import.uploaded", entityType: "ImportJob", entityId: created.id, after: { fileName, bytes } }, tx);
    return created;
  });
  return { jobId: job.id, fileName, bytes, header: header.header.slice(0, 200).map((name) => name.slice(0, 200)), guessedPreset };
}
