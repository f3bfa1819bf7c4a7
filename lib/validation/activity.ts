// The activity grid (/activity): which week and rep the URL asks for, and one cell's save.
import { z } from "zod";
import { idSchema, isoDateSchema } from "@/lib/validation/common";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** `?week=YYYY-MM-DD&rep=<id>`: a malformed week falls back to the current one; the rep is checked by the operation. */
export const activityWeekQuerySchema = z.object({
  week: z.preprocess(firstValue, isoDateSchema.optional()).catch(undefined),
  rep: z.preprocess(firstValue, z.string().max(64).optional()).catch(undefined),
});

/** One cell as typed: a count, or revenue in the currency's major units; an empty value clears the cell. */
export const saveActivityCellSchema = z.object({
  repId: idSchema,
  day: isoDateSchema,
  stage: z.string().trim().min(1, "is required").max(64, "must be at most 64 characters"),
  value: z.string().trim().max(32, "must be at most 32 characters"),
});
