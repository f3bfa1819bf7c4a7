"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { mapDealOwners } from "@/lib/server/deals/map-deal-owners";
import { previewDealImport } from "@/lib/server/deals/preview-deal-import";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { saveDealMapping } from "@/lib/server/deals/save-deal-mapping";
import { UnprocessableRowsError } from "@/lib/server/http/errors";
import { dealImportMappingInputSchema, mapDealOwnersSchema, saveDealMappingSchema } from "@/lib/validation/deals";

const IMPORTERS = { permission: "deal.import" } as const;

/** Reads the uploaded export with a mapping, writing nothing: stages, unknown owners, problems. */
export const previewDealImportAction = viewerAction(dealImportMappingInputSchema, (viewer, input) => previewDealImport(viewer, input), IMPORTERS);

/** Saves each unknown owner as an alias of a person (created here when asked). */
export const mapDealOwnersAction = viewerAction(
  mapDealOwnersSchema,
  async (viewer, input) => {
    const mapped = await mapDealOwners(viewer, input);
    revalidatePath("/deals/import");
    return mapped;
  },
  IMPORTERS,
);

/** Imports the uploaded export, all or nothing; problems found now (the people may have changed) come back as a list. */
export const runDealImportAction = viewerAction(
  dealImportMappingInputSchema,
  async (viewer, input) => {
    try {
      const outcome = await runDealImport(viewer, { importId: input.importId, mapping: input.mapping });
      revalidatePath("/team", "layout");
      return { status: "imported" as const, ...outcome };
    } catch (error) {
      if (error instanceof UnprocessableRowsError) return { status: "invalid" as const, message: error.message, errors: error.details as { row: number; column: string | null; message: string }[] };
      throw error;
    }
  },
  IMPORTERS,
);

export const saveDealMappingAction = viewerAction(
  saveDealMappingSchema,
  async (viewer, input) => {
    const saved = await saveDealMapping(viewer, input);
    revalidatePath("/deals/import");
    return saved;
  },
  IMPORTERS,
);
