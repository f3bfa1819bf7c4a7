// The activity grid (/activity): which week and rep the URL asks for, and one cell's save.
import { z } from "zod";
import { idSchema, isoDateSchema, textField } from "@/lib/validation/common";

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
  stage: textField({ max: 64 }),
  value: textField({ max: 32, min: 0 }),
});
