import "server-only";
import { db } from "@/lib/db";
import { columnMappingSchema } from "@/lib/import/mapping-schema";
import { guessPreset, IMPORT_PRESETS, type ImportPresetKey } from "@/lib/import/presets";
import { readCsvHeader } from "@/lib/import/parse-activity-csv";
import type { ColumnMapping } from "@/lib/import/types";
import { InvalidInputError, UnprocessableRowsError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** How the caller names the column mapping: a built-in preset, a saved one, an explicit mapping, or none (guessed from the header). */
export type MappingChoice = { preset: ImportPresetKey } | { savedName: string } | { mapping: ColumnMapping } | { guess: true };

export async function resolveImportMapping(viewer: Viewer, choice: MappingChoice, csv: string, stageKeys: readonly string[]): Promise<ColumnMapping> {
  if ("mapping" in choice) return choice.mapping;
  if ("preset" in choice) return IMPORT_PRESETS[choice.preset](stageKeys);
  if ("savedName" in choice) {
    const saved = await db.importPreset.findUnique({
      where: { organizationId_name: { organizationId: viewer.organizationId, name: choice.savedName } },
      select: { mapping: true },
    });
    if (!saved) throw new InvalidInputError(`mapping: no saved column mapping is named '${choice.savedName}'`, { mapping: ["is not a saved column mapping"] });
    const parsed = columnMappingSchema.safeParse(saved.mapping);
    if (!parsed.success) throw new InvalidInputError(`mapping: the saved column mapping '${choice.savedName}' is no longer valid; save it again`, { mapping: ["is not valid"] });
    return parsed.data;
  }
  const header = readCsvHeader(csv);
  if ("error" in header) throw new UnprocessableRowsError("The file could not be read; nothing was written", [{ row: 1, column: null, message: header.error }]);
  const guessed = guessPreset(header.header, stageKeys);
  if (guessed) return IMPORT_PRESETS[guessed](stageKeys);
  const shown = header.header.slice(0, 12).join(", ");
  throw new UnprocessableRowsError("The header matches no known format; nothing was written", [
    {
      row: 1,
      column: null,
      message: `the header (${shown || "empty"}) matches none of the formats coachboard_long, coachboard_wide, salesforce, hubspot; name one with ?preset= or a saved column mapping with ?mapping=`,
    },
  ]);
}
