import "server-only";
import { db, primaryPool } from "@/lib/db";
import { ACTIVITY_STAGING_COLUMNS, stagedActivityRow, upsertActivityRows, upsertStagedActivityRows, type UpsertCounts } from "@/lib/activity/upsert-activity-rows";
import { findRevenueWithoutWins, findRevenueWithoutWinsOnceStaged, type RevenueWithoutWins } from "@/lib/activity/revenue-without-wins";
import { copyIntoStaging, copySupported, type StagingTable } from "@/lib/bulk/copy-staging";
import type { Prisma } from "@/lib/generated/prisma/client";
import { columnMappingSchema } from "@/lib/import/mapping-schema";
import { parseActivityCsv, sourceOfRow } from "@/lib/import/parse-activity-csv";
import { REVENUE_STAGE, type ColumnMapping, type ImportResult, type ImportRow } from "@/lib/import/types";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ExpectedError, InvalidInputError, NotFoundError, PayloadTooLargeError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { importSummaryDto, type ImportSummaryDto } from "@/lib/server/import/import-summary";
import { loadImportContext } from "@/lib/server/import/load-import-context";
import { resolveImportMapping, type MappingChoice } from "@/lib/server/import/resolve-import-mapping";
import { logger } from "@/lib/server/runtime/logger";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * What to import: an uploaded file kept in an ImportJob (the upload screen; later a worker, with the
 * same job id), or CSV text in hand (the API).
 */
export type ActivityImportSource = { jobId: string; mapping?: ColumnMapping } | { csv: string; choice: MappingChoice; fileName?: string };

export type ImportPhase = "load" | "parse" | "validate" | "write";

export interface ActivityImportOutcome extends UpsertCounts {
  /** Values (rep, day, stage) written: inserted + updated + unchanged. */
  rows: number;
  summary: ImportSummaryDto;
}

// Rows per statement inside the one transaction on the unnest path; between statements the job's progress is published.
const WRITE_SLICE = 10_000;

// Only the Viewer type comes from get-viewer.ts: it pulls in next-auth and next/navigation, which a
// job worker or a script (outside Next) cannot load, and both run this operation.
const actorOf = (viewer: Viewer) => (viewer.kind === "token" ? { actorId: null, actorTokenId: viewer.tokenId } : { actorId: viewer.id, actorTokenId: null });
const uploaderOf = (viewer: Viewer) => (viewer.kind === "user" ? viewer.id : null);

/**
 * Parses and checks the whole file with the pure parser, then writes every row in ONE transaction
 * through the bulk upsert (all or nothing), with one audit record. Any failing row: nothing is
 * written and every problem is reported (422); more rows than the limit: 413. A job's state and
 * progress live in its ImportJob row, never in process memory, so any instance can report them.
 */
export async function runActivityImport(
  viewer: Viewer,
  source: ActivityImportSource,
  options: { onPhase?: (phase: ImportPhase, ms: number) => void } = {},
): Promise<ActivityImportOutcome> {
  let phaseStart = performance.now();
  const phaseDone = (phase: ImportPhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStart);
    phaseStart = now;
  };

  const loaded = await loadImportContext(viewer);
  let claimedJobId: string | null = null;
  try {
    let csv: string;
    let mapping: ColumnMapping;
    let fileName: string | null;
    if ("jobId" in source) {
      const job = await claimJob(viewer, source.jobId, source.mapping);
      claimedJobId = job.id;
      const parsedMapping = columnMappingSchema.safeParse(job.mapping);
      if (!parsedMapping.success) throw new InvalidInputError("Choose how the file's columns map before importing", { mapping: ["is missing"] });
      ({ payload: csv, fileName } = job);
      mapping = parsedMapping.data;
    } else {
      csv = source.csv;
      fileName = source.fileName ?? null;
      mapping = await resolveImportMapping(viewer, source.choice, csv, loaded.context.stages);
    }
    phaseDone("load");

    const result = parseActivityCsv(csv, mapping, { ...loaded.context, onPhaseDone: phaseDone });
    if (!result.ok) throw rejection(result, loaded.context.maxRows ?? Number.POSITIVE_INFINITY);
    if (claimedJobId) await db.importJob.updateMany({ where: { id: claimedJobId }, data: { totalRows: result.rows.length } });

    const summary = importSummaryDto(result.summary, loaded.currency);
    const counts = await writeRows(viewer, result.rows, { jobId: claimedJobId, fileName, summary });
    phaseDone("write");
    return { rows: result.rows.length, ...counts, summary };
  } catch (error) {
    if (claimedJobId) await failJob(claimedJobId, error);
    throw error;
  }
}

async function claimJob(viewer: Viewer, jobId: string, mapping: ColumnMapping | undefined) {
  const scope = { id: jobId, organizationId: viewer.organizationId, createdById: uploaderOf(viewer) };
  // Claiming is one conditional update, so two clicks (or two workers) cannot run the same file twice.
  const claimed = await db.importJob.updateMany({
    where: { ...scope, status: { in: ["QUEUED", "FAILED"] } },
    data: { status: "RUNNING", startedAt: new Date(), finishedAt: null, error: null, processedRows: 0, ...(mapping ? { mapping: asJson(mapping) } : {}) },
  });
  if (claimed.count === 0) {
    const existing = await db.importJob.findFirst({ where: scope, select: { status: true } });
    if (!existing) throw new NotFoundError("Import");
    if (existing.status === "RUNNING") throw new ConflictError("This file is being imported already");
    throw new ConflictError("This file has been imported already; upload it again to import it again");
  }
  return db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { id: true, payload: true, mapping: true, fileName: true } });
}

function rejection(result: ImportResult, maxRows: number): ExpectedError {
  const first = result.errors[0];
  if (result.summary.sourceRecords > maxRows) return new PayloadTooLargeError(first?.message ?? `the file has more than ${maxRows} data rows`);
  const capped = result.errors.at(-1)?.message.startsWith("… and ");
  const problems = capped ? `more than ${(result.errors.length - 1).toLocaleString("en-US")} problems` : result.errors.length === 1 ? "1 problem" : `${result.errors.length} problems`;
  return new UnprocessableRowsError(`The file has ${problems}; nothing was written`, result.errors);
}

async function writeRows(viewer: Viewer, rows: readonly ImportRow[], job: { jobId: string | null; fileName: string | null; summary: ImportSummaryDto }): Promise<UpsertCounts> {
  const progress = (copied: number) => {
    // Outside the transaction on purpose: progress must be visible to other requests before the commit.
    if (job.jobId && copied < rows.length) publishProgress(job.jobId, copied);
  };
  // On a PostgreSQL server the rows are COPYed into a staging table first (PostgreSQL's fastest load);
  // the embedded database cannot take COPY and upserts from unnest arrays (decision 0031).
  const pool = primaryPool();
  const staging: StagingTable | null = (await copySupported(pool)) ? await copyIntoStaging(pool, ACTIVITY_STAGING_COLUMNS, rows.length, (index) => stagedActivityRow(rows[index]!), progress) : null;
  try {
    return await writeInTransaction(viewer, rows, job, staging, progress);
  } finally {
    await staging?.drop().catch((error: unknown) => logger.warn("import staging table not dropped", { table: staging.name, error: error instanceof Error ? error.message : String(error) }));
  }
}

async function writeInTransaction(
  viewer: Viewer,
  rows: readonly ImportRow[],
  job: { jobId: string | null; fileName: string | null; summary: ImportSummaryDto },
  staging: StagingTable | null,
  progress: (written: number) => void,
): Promise<UpsertCounts> {
  const { organizationId } = viewer;
  return db.$transaction(
    async (tx) => {
      // Funnel edits lock the organization row FOR UPDATE: a stage cannot disappear under this write.
      await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR KEY SHARE`;
      const stages = await tx.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } });
      const stageKeys = new Set(stages.map((stage) => stage.key));
      const gone = new Set(rows.filter((row) => row.stage !== REVENUE_STAGE && !stageKeys.has(row.stage)).map((row) => row.stage));
      if (gone.size > 0) throw new ConflictError(`The funnel changed while importing (${[...gone].join(", ")} is no longer a stage); nothing was written. Check the file again.`);

      const wonStage = stages.at(-1);
      let counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
      let unearned: RevenueWithoutWins[] = [];
      if (staging) {
        // The revenue check reads the staging table and the stored rows on another connection
        // while the upsert runs (decision 0031); its answer is acted on inside this transaction.
        [counts, unearned] = await Promise.all([
          upsertStagedActivityRows(tx, organizationId, staging.name, rows.length),
          wonStage ? findRevenueWithoutWinsOnceStaged(db, organizationId, wonStage.key, staging.name) : [],
        ]);
      } else {
        for (let start = 0; start < rows.length; start += WRITE_SLICE) {
          const slice = rows.slice(start, start + WRITE_SLICE);
          const written = await upsertActivityRows(tx, organizationId, slice);
          counts.inserted += written.inserted;
          counts.updated += written.updated;
          counts.unchanged += written.unchanged;
          progress(start + slice.length);
        }
        if (wonStage) unearned = await findRevenueWithoutWins(tx, organizationId, wonStage.key, rows);
      }
      if (wonStage) refuseRevenueWithoutWins(wonStage, rows, unearned);
      const result = { rows: rows.length, ...counts, summary: job.summary };
      await recordAudit(
        {
          organizationId,
          ...actorOf(viewer),
          action: "activity.imported",
          entityType: "ImportJob",
          entityId: job.jobId,
          after: { fileName: job.fileName, ...result, via: viewer.kind === "token" ? "api" : "app" },
        },
        tx,
      );
      if (job.jobId) {
        // The file is not kept once imported: a re-import is a new upload.
        await tx.importJob.update({ where: { id: job.jobId }, data: { status: "SUCCEEDED", processedRows: rows.length, finishedAt: new Date(), payload: "", result: asJson(result) } });
      }
      return counts;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/**
 * Revenue is won with deals: once written, a rep-day the file gave revenue (or deals won) must hold
 * at least one deal won, counting what was there before. Throwing here rolls the import back.
 */
function refuseRevenueWithoutWins(wonStage: { key: string; label: string }, rows: readonly ImportRow[], unearned: readonly RevenueWithoutWins[]): void {
  if (unearned.length === 0) return;
  const written = new Map(rows.filter((row) => row.stage === REVENUE_STAGE || row.stage === wonStage.key).map((row) => [`${row.repId}|${row.day}|${row.stage}`, row]));
  const errors = unearned.map((day) => {
    const row = written.get(`${day.repId}|${day.day}|${REVENUE_STAGE}`) ?? written.get(`${day.repId}|${day.day}|${wonStage.key}`);
    const source = row ? sourceOfRow(row) : undefined;
    return { row: source?.line ?? 0, column: source?.column ?? null, message: `revenue on ${day.day} needs at least 1 in '${wonStage.label}' that day; add the deals won to the file or record them first` };
  });
  errors.sort((a, b) => a.row - b.row);
  throw new UnprocessableRowsError(`The file leaves revenue on ${errors.length === 1 ? "a day" : `${errors.length} days`} without a deal won; nothing was written`, errors);
}

/**
 * Not awaited: the embedded server runs one transaction at a time and holds other connections'
 * statements until it ends, so waiting here would deadlock it (the update then lands after the
 * commit, where the status check makes it a no-op). GREATEST keeps a late update from going back.
 */
function publishProgress(jobId: string, processedRows: number): void {
  db.$executeRaw`UPDATE "ImportJob" SET "processedRows" = GREATEST("processedRows", ${processedRows}) WHERE "id" = ${jobId} AND "status" = 'RUNNING'`.catch((error: unknown) =>
    logger.warn("import progress not published", { jobId, error: error instanceof Error ? error.message : String(error) }),
  );
}

async function failJob(jobId: string, error: unknown): Promise<void> {
  const message = error instanceof ExpectedError ? error.message : "The import failed on our side; nothing was written";
  const result = error instanceof UnprocessableRowsError ? asJson({ errors: error.details }) : undefined;
  try {
    await db.importJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "FAILED", finishedAt: new Date(), error: message, ...(result ? { result } : {}) } });
  } catch (failure) {
    logger.warn("could not mark an import job as failed", { jobId, error: failure instanceof Error ? failure.message : String(failure) });
  }
}

function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
