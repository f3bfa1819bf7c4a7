import "server-only";
import { db } from "@/lib/db";
import { dealColumnMappingSchema } from "@/lib/import/deals/mapping-schema";
import type { DealColumnMapping } from "@/lib/import/deals/types";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { MAX_DEAL_IMPORT_BYTES } from "@/lib/validation/deals";

/** What the deal import screen needs before a file is chosen: saved mappings, the people owners can map to, the teams a new person can join. */
export async function getDealImportSetup(viewer: Viewer) {
  assertDealImporter(viewer);
  const { organizationId } = viewer;
  const [mappings, people, teams, lastImport] = await Promise.all([
    db.dealImportMapping.findMany({ where: { organizationId }, select: { name: true, mapping: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ where: { organizationId, active: true }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } }),
    db.team.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.dealImport.findFirst({ where: { organizationId, status: "SUCCEEDED" }, select: { fileName: true, finishedAt: true, result: true }, orderBy: { finishedAt: "desc" } }),
  ]);
  const savedMappings: { name: string; mapping: DealColumnMapping }[] = [];
  for (const saved of mappings) {
    const parsed = dealColumnMappingSchema.safeParse(saved.mapping);
    if (parsed.success) savedMappings.push({ name: saved.name, mapping: parsed.data });
  }
  return {
    savedMappings,
    people,
    teams,
    maxBytes: MAX_DEAL_IMPORT_BYTES,
    lastImport: lastImport ? { fileName: lastImport.fileName, finishedAt: lastImport.finishedAt?.toISOString() ?? null } : null,
  };
}
