import "server-only";
import { db } from "@/lib/db";
import type { UpsertCounts } from "@/lib/activity/upsert-activity-rows";
import { ExpectedError } from "@/lib/server/http/errors";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { logger } from "@/lib/server/runtime/logger";
import { loadJobViewer } from "@/lib/server/viewer/load-viewer";
import type { ImportActivityJobData } from "@/lib/jobs/queues";

// A large CSV upload imported by a worker, through the same operation as the upload screen
// (lib/server/import/run-activity-import.ts): the rows, the audit record and status SUCCEEDED
// commit in ONE transaction, so a worker killed mid-import leaves nothing written, and a job that
// runs again after success is skipped.

export type ImportJobOutcome = { status: "SUCCEEDED" | "FAILED" | "SKIPPED"; counts?: UpsertCounts; reason?: string };

async function failBeforeStart(importJobId: string, message: string): Promise<ImportJobOutcome> {
  await db.importJob.updateMany({ where: { id: importJobId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: message, finishedAt: new Date() } });
  return { status: "FAILED", reason: message };
}

/**
 * `retry`: pg-boss runs this job again — after a failure, or because the worker that ran it died
 * and the job expired. Only then is an import still marked RUNNING taken over; on a first
 * attempt it belongs to someone else (the upload screen importing it in the request).
 */
export async function runImportActivityJob(data: ImportActivityJobData, options: { retry?: boolean } = {}): Promise<ImportJobOutcome> {
  const job = await db.importJob.findFirst({ where: { id: data.importJobId, organizationId: data.organizationId }, select: { id: true, createdById: true, status: true } });
  if (!job) return { status: "SKIPPED", reason: "no such import" };
  if (job.status === "SUCCEEDED") return { status: "SKIPPED", reason: "imported already" };
  if (job.status === "RUNNING") {
    if (!options.retry) return { status: "SKIPPED", reason: "being imported elsewhere" };
    // Its transaction died with its worker (nothing was written): claimable again.
    await db.importJob.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { status: "QUEUED" } });
  }
  if (!job.createdById) return failBeforeStart(job.id, "The import has no uploader to act for; nothing was written.");
  // The import runs with the rights its uploader has now.
  const viewer = await loadJobViewer(job.createdById, data.organizationId);
  if (!viewer) return failBeforeStart(job.id, "The person who uploaded this file is no longer active; nothing was written.");
  try {
    const outcome = await runActivityImport(
      viewer,
      { jobId: job.id },
      // After validation comes the one write transaction (npm run test:faults kills the server there).
      { onPhase: (phase) => phase === "validate" && logger.info("import checked", { importJobId: job.id }) },
    );
    return { status: "SUCCEEDED", counts: { inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged } };
  } catch (error) {
    // Rows that fail validation, a file imported already, …: recorded on the import; running it again gives the same answer.
    if (error instanceof ExpectedError) return { status: "FAILED", reason: error.message };
    throw error;
  }
}

/** After the last retry an import that kept failing (database down, …) is marked FAILED so the screen stops showing it as running. */
export async function markImportGaveUp(data: ImportActivityJobData, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await db.importJob.updateMany({
    where: { id: data.importJobId, organizationId: data.organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: `The import could not be completed (${message}); nothing was written.`, finishedAt: new Date() },
  });
  logger.warn("import given up", { ...data, error: message });
}
