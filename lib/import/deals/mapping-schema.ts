// Validates a deal column mapping from a form, the API or a saved mapping.
import { z } from "zod";
import type { DealColumnMapping } from "./types";

const headerName = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");

export const dealOutcomeSchema = z.enum(["open", "won", "lost"]);

export const dealColumnMappingSchema = z
  .object({
    columns: z
      .object({
        externalId: headerName,
        owner: headerName,
        stage: headerName,
        amount: headerName,
        createdDate: headerName.optional(),
        closeDate: headerName.optional(),
        lostReason: headerName.optional(),
        product: headerName.optional(),
        account: headerName.optional(),
      })
      .strict(),
    dateOrder: z.enum(["MDY", "DMY"], { error: "must be MDY (month first) or DMY (day first)" }),
    stageOutcomes: z
      .record(z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"), dealOutcomeSchema)
      .refine((stages) => Object.keys(stages).length <= 500, "must name at most 500 stages")
      .optional(),
  })
  .strict()
  .meta({ id: "DealColumnMapping" }) satisfies z.ZodType<DealColumnMapping>;
