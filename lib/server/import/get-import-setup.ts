import "server-only";
import { db } from "@/lib/db";
import { columnMappingSchema } from "@/lib/import/mapping-schema";
import { DEFAULT_MAX_ROWS, type ColumnMapping } from "@/lib/import/types";
import { currencyMinorDigits } from "@/lib/money";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { MAX_IMPORT_BYTES } from "@/lib/validation/activity-import";

/** What the import screen needs before a file is chosen: the funnel, saved column mappings and the organization's formats. */
export async function getImportSetup(viewer: Viewer) {
  importableRepsWhere(viewer);
  const [stages, presets, organization] = await Promise.all([
    getFunnelStages(viewer.organizationId),
    db.importPreset.findMany({ where: { organizationId: viewer.organizationId }, select: { name: true, mapping: true }, orderBy: { name: "asc" } }),
    db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { currency: true, dateStyle: true } }),
  ]);
  const savedPresets: { name: string; mapping: ColumnMapping }[] = [];
  for (const preset of presets) {
    const parsed = columnMappingSchema.safeParse(preset.mapping);
    if (parsed.success) savedPresets.push({ name: preset.name, mapping: parsed.data });
  }
  return {
    stages,
    savedPresets,
    currency: organization.currency,
    currencyMinorDigits: currencyMinorDigits(organization.currency),
    dateStyle: organization.dateStyle,
    maxBytes: MAX_IMPORT_BYTES,
    maxRows: DEFAULT_MAX_ROWS,
  };
}
