// Validates a deal column mapping from a form, the API or a saved mapping.
import { z } from "zod";
import { textField } from "@/lib/validation/common";
import type { DealColumnMapping } from "./types";

const headerName = textField({ max: 200 });

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
      .record(textField({ max: 200 }), dealOutcomeSchema)
      .refine((stages) => Object.keys(stages).length <= 500, "must name at most 500 stages")
      .optional(),
  })
  .strict()
  .meta({ id: "DealColumnMapping" }) satisfies z.ZodType<DealColumnMapping>;
