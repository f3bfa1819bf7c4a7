import "server-only";
import { db } from "@/lib/db";
import { readCsvHeader } from "@/lib/import/parse-activity-csv";
import { dealColumnMappingSchema } from "@/lib/import/deals/mapping-schema";
import { DEAL_PRESET_KEYS, DEAL_PRESETS, guessDealPreset, type DealPresetKey } from "@/lib/import/deals/presets";
import type { DealColumnMapping } from "@/lib/import/deals/types";
import { InvalidInputError, UnprocessableRowsError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** A built-in preset, a mapping saved by name, an explicit mapping, or none (recognized from the header). */
export type DealMappingChoice = { preset: DealPresetKey } | { savedName: string } | { mapping: DealColumnMapping } | { guess: true };

export async function resolveDealMapping(viewer: Viewer, choice: DealMappingChoice, csv: string): Promise<DealColumnMapping> {
  if ("mapping" in choice) return choice.mapping;
  if ("preset" in choice) return DEAL_PRESETS[choice.preset];
  if ("savedName" in choice) {
    const saved = await db.dealImportMapping.findUnique({ where: { organizationId_name: { organizationId: viewer.organizationId, name: choice.savedName } }, select: { mapping: true } });
    if (!saved) throw new InvalidInputError(`mapping: no saved deal mapping is named '${choice.savedName}'`, { mapping: ["is not a saved deal mapping"] });
    const parsed = dealColumnMappingSchema.safeParse(saved.mapping);
    if (!parsed.success) throw new InvalidInputError(`mapping: the saved deal mapping '${choice.savedName}' is no longer valid; save it again`, { mapping: ["is not valid"] });
    return parsed.data;
  }
  const header = readCsvHeader(csv);
  if ("error" in header) throw new UnprocessableRowsError("The file could not be read; nothing was written", [{ row: 1, column: null, message: header.error }]);
  const guessed = guessDealPreset(header.header);
  if (guessed) return DEAL_PRESETS[guessed];
  throw new UnprocessableRowsError("The header matches no known deal export; nothing was written", [
    {
      row: 1,
      column: null,
      message: `the header (${header.header.slice(0, 12).join(", ") || "empty"}) matches none of the deal exports ${DEAL_PRESET_KEYS.join(", ")}; name one with ?preset= or a saved deal mapping with ?mapping=`,
    },
  ]);
}
