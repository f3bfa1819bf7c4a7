import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DealColumnMapping } from "@/lib/import/deals/types";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Saves a deal mapping (columns, date order, stage outcomes) under a name, replacing one of the same name; the API uses it as ?mapping=<name>. */
export async function saveDealMapping(viewer: Viewer, input: { name: string; mapping: DealColumnMapping }) {
  assertDealImporter(viewer);
  const { organizationId } = viewer;
  const mapping = JSON.parse(JSON.stringify(input.mapping)) as Prisma.InputJsonObject;
  return db.$transaction(async (tx) => {
    const where = { organizationId_name: { organizationId, name: input.name } };
    const before = await tx.dealImportMapping.findUnique({ where, select: { mapping: true } });
    const saved = await tx.dealImportMapping.upsert({ where, create: { organizationId, name: input.name, mapping }, update: { mapping }, select: { id: true, name: true } });
    await recordAudit({ organizationId, ...auditActor(viewer), action: "deal_mapping.saved", entityType: "DealImportMapping", entityId: saved.id, before: before ? { mapping: before.mapping } : null, after: { name: saved.name, mapping } }, tx);
    return { name: saved.name, replaced: before !== null };
  });
}
