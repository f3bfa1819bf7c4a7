// The activity CSV import: the API's query and answer, and the upload screen's actions. The same
// column mapping schema validates a form, a saved preset and the API (lib/import/mapping-schema.ts).
import { z } from "zod";
import { columnMappingSchema } from "@/lib/import/mapping-schema";
import { idSchema, textField } from "@/lib/validation/common";

export const IMPORT_PRESET_KEYS = ["coachboard_long", "coachboard_wide", "salesforce", "hubspot"] as const;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const importPresetNameSchema = textField({ max: 80 });

export const activityImportQuerySchema = z
  .object({
    preset: z.enum(IMPORT_PRESET_KEYS, { error: `must be one of ${IMPORT_PRESET_KEYS.join(", ")}` }).optional(),
    mapping: importPresetNameSchema.optional().describe("The name of a column mapping saved on the import screen"),
  })
  .strict()
  .refine((query) => !(query.preset && query.mapping), { message: "give either preset or mapping, not both", path: ["mapping"] });

export const activityImportSummarySchema = z.object({
  reps: z.number(),
  days: z.number(),
  rows: z.number(),
  sourceRecords: z.number().describe("Non-blank data records read from the file"),
  perStage: z.record(z.string(), z.number()).describe("Summed values per stage key; revenue in the organization's currency"),
});

export const activityImportResultSchema = z
  .object({
    rows: z.number().describe("Values (rep, day, stage) written"),
    inserted: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    summary: activityImportSummarySchema,
  })
  .meta({ id: "ActivityImportResult" });

export const activityImportMappingSchema = z.object({ jobId: idSchema, mapping: columnMappingSchema });
export const saveImportPresetSchema = z.object({ name: importPresetNameSchema, mapping: columnMappingSchema });

/** CSV uploads are sent as text/csv (browsers label .csv files inconsistently, so the screen sets it itself). */
export function isCsvContentType(header: string | null): boolean {
  return /^\s*(text\/csv|application\/csv)\s*(;|$)/i.test(header ?? "");
}
