import "server-only";
import { copyIntoNewTable, copySupported, stagingTableName } from "@/lib/bulk/copy-staging";
import { db, primaryPool } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEAL_STAGING_COLUMNS, stagedDeal, upsertDeals, upsertStagedDeals, type DealUpsertCounts } from "@/lib/deals/upsert-deals";
import { dealColumnMappingSchema } from "@/lib/import/deals/mapping-schema";
import { readDealsCsv, type DealFileReading } from "@/lib/import/deals/parse-deals-csv";
import type { DealColumnMapping, DealImportError, DealParseResult, DealRecord, StageCount } from "@/lib/import/deals/types";
import { displayValue } from "@/lib/import/error-list";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import { getDealImportContext } from "@/lib/server/deals/get-deal-import-context";
import { resolveDealMapping, type DealMappingChoice } from "@/lib/server/deals/resolve-deal-mapping";
import { ConflictError, InvalidInputError, NotFoundError, PayloadTooLargeError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { logger } from "@/lib/server/runtime/logger";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** An upload kept in a DealImport (the import screen), or CSV text in hand (the API). */
export type DealImportSource = { importId: string; mapping: DealColumnMapping } | { csv: string; choice: DealMappingChoice; fileName?: string };

export interface DealImportOutcome extends DealUpsertCounts {
  importId: string;
  /** Deals in the file: new + changed + unchanged. */
  deals: number;
  stages: StageCount[];
}

const actorOf = (viewer: Viewer) => (viewer.kind === "token" ? { actorId: null, actorTokenId: viewer.tokenId } : { actorId: viewer.id, actorTokenId: null });

/** Every problem of a file as the API's row errors; each unknown owner once, at its first row. */
export function dealImportProblems(result: DealParseResult, mapping: DealColumnMapping): DealImportError[] {
  const owners = result.unknownOwners.map((owner) => ({
    row: owner.firstRow,
    column: mapping.columns.owner,
    message:
      owner.matches !== undefined
        ? `owner '${displayValue(owner.name)}' (${owner.rows} ${owner.rows === 1 ? "row" : "rows"}) fits ${owner.matches} people; map the name to one of them on the deal import screen`
        : `unknown owner '${displayValue(owner.name)}' (${owner.rows} ${owner.rows === 1 ? "row" : "rows"}); map the name to a person, or add the person, on the deal import screen`,
  }));
  return [...result.errors, ...owners].sort((a, b) => a.row - b.row);
}

export type DealImportPhase = "load" | "parse" | "validate" | "write";

/**
 * Checks the whole export with the pure parser; any bad row or unknown owner writes nothing (422,
 * each problem listed). Otherwise every deal is written in ONE transaction through the bulk upsert
 * (updated by external id, never duplicated), with the DealImport row and one audit record. On a
 * PostgreSQL server the writing starts while the file is still being checked, and is rolled back
 * if a problem turns up; `onPhase` then reports "validate" as the time spent checking, beside "write".
 */
export async function runDealImport(viewer: Viewer, source: DealImportSource, options: { onPhase?: (phase: DealImportPhase, ms: number) => void } = {}): Promise<DealImportOutcome> {
  let phaseStart = performance.now();
  const phaseDone = (phase: DealImportPhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStart);
    phaseStart = now;
  };
  assertDealImporter(viewer);
  const { organizationId } = viewer;
  const loaded = await getDealImportContext(viewer);
  let csv: string;
  let mapping: DealColumnMapping;
  let fileName: string;
  let uploadId: string | null = null;
  if ("importId" in source) {
    const upload = await db.dealImport.findFirst({ where: { id: source.importId, organizationId, createdById: viewer.kind === "user" ? viewer.id : null }, select: { id: true, status: true, payload: true, fileName: true } });
    if (!upload) throw new NotFoundError("Import");
    if (upload.status === "SUCCEEDED") throw new ConflictError("This file has been imported already; upload it again to import it again");
    const parsedMapping = dealColumnMappingSchema.safeParse(source.mapping);
    if (!parsedMapping.success) throw new InvalidInputError("Choose how the file's columns map before importing", { mapping: ["is not valid"] });
    ({ payload: csv, fileName, id: uploadId } = upload);
    mapping = parsedMapping.data;
  } else {
    csv = source.csv;
    fileName = source.fileName ?? "api.csv";
    mapping = await resolveDealMapping(viewer, source.choice, csv);
  }

  phaseDone("load");

  const reading = readDealsCsv(csv, mapping, { ...loaded.context, onPhaseDone: phaseDone });
  if (!reading.ok) refuse(reading.result, mapping, loaded.context.maxRows);
  // On a PostgreSQL server the deals are written while the file is still being checked (below), on
  // two connections at once; the embedded database cannot take COPY (nor a pool of one connection
  // two), and upserts from unnest arrays once all is checked.
  const pool = primaryPool();
  if ((pool.options.max ?? 10) >= 2 && (await copySupported(pool))) return writeWhileReading(viewer, { uploadId, fileName, mapping, reading, maxRows: loaded.context.maxRows, onPhase: options.onPhase });
  reading.read(Number.POSITIVE_INFINITY);
  const result = reading.finish();
  phaseDone("validate");
  if (!result.ok) refuse(result, mapping, loaded.context.maxRows);
  return inImportTransaction(viewer, { uploadId, fileName }, async (tx, importId) => {
    const counts = await upsertDeals(tx, viewer.organizationId, importId, result.deals, result.textColumns);
    phaseDone("write");
    return { deals: result.deals.length, counts, stages: result.stages };
  });
}

/** A file with problems: 413 when it is too long, else 422 with each problem (nothing is written). */
function refuse(result: DealParseResult, mapping: DealColumnMapping, maxRows: number | undefined): never {
  const problems = dealImportProblems(result, mapping);
  if (result.sourceRecords > (maxRows ?? Number.POSITIVE_INFINITY)) throw new PayloadTooLargeError(problems[0]?.message ?? "the file has too many rows");
  const owners = result.unknownOwners.length;
  const rows = result.errors.length;
  const what = [rows > 0 ? `${rows} ${rows === 1 ? "problem" : "problems"}` : null, owners > 0 ? `${owners} unknown ${owners === 1 ? "owner" : "owners"}` : null].filter(Boolean).join(" and ");
  throw new UnprocessableRowsError(`The file has ${what}; nothing was written`, problems);
}

// Rows per slice: each is COPYed into its own staging table and upserted while the next is checked,
// STEP_ROWS at a time with the event loop let through in between.
const SLICE_ROWS = 12_500;
const STEP_ROWS = 2_500;

/**
 * The import's transaction upserts slice k from its staging table while Node checks slice k + 1
 * and another connection COPYs it: PostgreSQL's work (most of a 200,000-deal import) runs beside
 * the parser's instead of after it. All or nothing still holds: the first row problem or unknown
 * owner stops the writing, the rest of the file is still checked so that every problem is listed,
 * and the transaction rolls back (decision 0031, "fourth pass").
 */
async function writeWhileReading(
  viewer: Viewer,
  {
    uploadId,
    fileName,
    mapping,
    reading,
    maxRows,
    onPhase,
  }: { uploadId: string | null; fileName: string; mapping: DealColumnMapping; reading: DealFileReading; maxRows: number | undefined; onPhase?: (phase: DealImportPhase, ms: number) => void },
): Promise<DealImportOutcome> {
  const pool = primaryPool();
  const tables: string[] = [];
  const copier = await pool.connect();
  let copierBroken = false;
  const started = performance.now();
  let checking = 0;
  try {
    return await inImportTransaction(viewer, { uploadId, fileName }, async (tx, importId) => {
      const counts: DealUpsertCounts = { new: 0, changed: 0, unchanged: 0 };
      // Two chains: COPYs on `copier`, upserts on the transaction, each upsert after its COPY.
      let copied: Promise<unknown> = Promise.resolve();
      let written: Promise<unknown> = Promise.resolve();
      let writeFailure: unknown = null;
      while (!reading.done()) {
        const deals: DealRecord[] = [];
        for (let step = 0; step < SLICE_ROWS && !reading.done(); step += STEP_ROWS) {
          const checkStarted = performance.now();
          deals.push(...reading.read(STEP_ROWS));
          checking += performance.now() - checkStarted;
          // The COPY and the upsert in flight move on between steps (their sockets need the event loop).
          await new Promise((resolve) => setImmediate(resolve));
        }
        if (reading.failing() || writeFailure !== null || deals.length === 0) continue;
        const table = stagingTableName();
        tables.push(table);
        const copy = copied.then(() => copyIntoNewTable(copier, table, DEAL_STAGING_COLUMNS, deals.length, (index) => stagedDeal(deals[index]!)));
        copied = copy.catch((error: unknown) => {
          copierBroken = true;
          writeFailure ??= error;
        });
        written = Promise.all([written, copy])
          .then(() => upsertStagedDeals(tx, viewer.organizationId, importId, table, deals.length, reading.textColumns))
          .then((slice) => {
            counts.new += slice.new;
            counts.changed += slice.changed;
          })
          .catch((error: unknown) => {
            writeFailure ??= error;
          });
      }
      await Promise.all([copied, written]);
      const result = reading.finish();
      onPhase?.("validate", checking);
      if (!result.ok) refuse(result, mapping, maxRows);
      if (writeFailure !== null) throw writeFailure;
      counts.unchanged = result.deals.length - counts.new - counts.changed;
      onPhase?.("write", performance.now() - started);
      return { deals: result.deals.length, counts, stages: result.stages };
    });
  } finally {
    // A connection that failed mid-COPY is not given back to the pool.
    copier.release(copierBroken);
    if (tables.length > 0) {
      await pool.query(tables.map((table) => `DROP TABLE IF EXISTS ${table}`).join("; ")).catch((error: unknown) => logger.warn("deal staging tables not dropped", { tables: tables.length, error: error instanceof Error ? error.message : String(error) }));
    }
  }
}

/** One transaction: the DealImport row (created, or the upload claimed), `write`, the row's summary and one audit record. */
async function inImportTransaction(
  viewer: Viewer,
  { uploadId, fileName }: { uploadId: string | null; fileName: string },
  write: (tx: Prisma.TransactionClient, importId: string) => Promise<{ deals: number; counts: DealUpsertCounts; stages: StageCount[] }>,
): Promise<DealImportOutcome> {
  const { organizationId } = viewer;
  return db.$transaction(
    async (tx) => {
      let importId: string;
      if (uploadId) {
        // One conditional update claims the upload, so two clicks cannot import it twice.
        const claimed = await tx.dealImport.updateMany({ where: { id: uploadId, status: { in: ["QUEUED", "FAILED"] } }, data: { status: "RUNNING" } });
        if (claimed.count === 0) throw new ConflictError("This file is being imported already");
        importId = uploadId;
      } else {
        const created = await tx.dealImport.create({ data: { organizationId, createdById: viewer.kind === "user" ? viewer.id : null, tokenId: viewer.tokenId, fileName, status: "RUNNING" }, select: { id: true } });
        importId = created.id;
      }
      const { deals, counts, stages } = await write(tx, importId);
      const outcome: DealImportOutcome = { importId, deals, ...counts, stages };
      const summary = { fileName, deals: outcome.deals, ...counts };
      await tx.dealImport.update({ where: { id: importId }, data: { status: "SUCCEEDED", payload: "", finishedAt: new Date(), result: summary } });
      await recordAudit({ organizationId, ...actorOf(viewer), action: "deals.imported", entityType: "DealImport", entityId: importId, after: { ...summary, via: viewer.kind === "token" ? "api" : "app" } }, tx);
      return outcome;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
