import "server-only";
import { copyIntoStaging, copySupported, type StagingTable } from "@/lib/bulk/copy-staging";
import { db, primaryPool } from "@/lib/db";
import { DEAL_STAGING_COLUMNS, dealIds, stagedDeal, upsertDeals, upsertStagedDeals, type DealUpsertCounts } from "@/lib/deals/upsert-deals";
import { dealColumnMappingSchema } from "@/lib/import/deals/mapping-schema";
import { parseDealsCsv } from "@/lib/import/deals/parse-deals-csv";
import type { DealColumnMapping, DealImportError, DealParseResult, StageCount } from "@/lib/import/deals/types";
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

/**
 * Parses and checks the whole export with the pure parser; any bad row or unknown owner writes
 * nothing (422, each problem listed). Otherwise every deal is written in ONE transaction through the
 * bulk upsert (updated by external id, never duplicated), with the DealImport row and one audit record.
 */
export type DealImportPhase = "load" | "parse" | "validate" | "write";

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

  const result = parseDealsCsv(csv, mapping, { ...loaded.context, onPhaseDone: phaseDone });
  if (!result.ok) {
    const problems = dealImportProblems(result, mapping);
    if (result.sourceRecords > (loaded.context.maxRows ?? Number.POSITIVE_INFINITY)) throw new PayloadTooLargeError(problems[0]?.message ?? "the file has too many rows");
    const owners = result.unknownOwners.length;
    const rows = result.errors.length;
    const what = [rows > 0 ? `${rows} ${rows === 1 ? "problem" : "problems"}` : null, owners > 0 ? `${owners} unknown ${owners === 1 ? "owner" : "owners"}` : null].filter(Boolean).join(" and ");
    throw new UnprocessableRowsError(`The file has ${what}; nothing was written`, problems);
  }

  // On a PostgreSQL server the deals are COPYed into a staging table first; the embedded database
  // cannot take COPY and upserts from unnest arrays (decision 0031).
  const pool = primaryPool();
  const deals = result.deals;
  const idOf = dealIds();
  const staging: StagingTable | null = (await copySupported(pool)) ? await copyIntoStaging(pool, DEAL_STAGING_COLUMNS, deals.length, (index) => stagedDeal(deals[index]!, idOf(index))) : null;
  try {
    const outcome = await writeDeals(viewer, { uploadId, fileName, result, staging });
    phaseDone("write");
    return outcome;
  } finally {
    await staging?.drop().catch((error: unknown) => logger.warn("deal staging table not dropped", { table: staging.name, error: error instanceof Error ? error.message : String(error) }));
  }
}

async function writeDeals(
  viewer: Viewer,
  { uploadId, fileName, result, staging }: { uploadId: string | null; fileName: string; result: DealParseResult; staging: StagingTable | null },
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
      const counts = staging
        ? await upsertStagedDeals(tx, organizationId, importId, staging.name, result.deals.length, result.textColumns)
        : await upsertDeals(tx, organizationId, importId, result.deals, result.textColumns);
      const outcome: DealImportOutcome = { importId, deals: result.deals.length, ...counts, stages: result.stages };
      const summary = { fileName, deals: outcome.deals, ...counts };
      await tx.dealImport.update({ where: { id: importId }, data: { status: "SUCCEEDED", payload: "", finishedAt: new Date(), result: summary } });
      await recordAudit({ organizationId, ...actorOf(viewer), action: "deals.imported", entityType: "DealImport", entityId: importId, after: { ...summary, via: viewer.kind === "token" ? "api" : "app" } }, tx);
      return outcome;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
