// Development plans: started from a rep's focus, edited by their manager, progress measured from activity.
import { z } from "zod";
import { idSchema, isoDateSchema, textField } from "@/lib/validation/common";

export const MAX_PLAN_NOTES = 5_000;
export const MAX_PLAN_ROUTINES = 10;
/** A new plan's target date, unless the manager picks another. */
export const DEFAULT_PLAN_DAYS = 90;

const optionalDateSchema = z
  .union([z.literal(""), isoDateSchema])
  .optional()
  .transform((value) => value || undefined);

export const createPlanFromFocusSchema = z.object({
  repId: idSchema,
  // The profile's window: the baseline is the rep's value over it, as shown.
  window: z.enum(["30", "90", "180", "qtd"], "must be one of the profile's windows").default("90"),
  targetDate: optionalDateSchema,
  salesPlayIds: z.array(idSchema, "must be a list of sales plays").max(MAX_PLAN_ROUTINES, `choose at most ${MAX_PLAN_ROUTINES} sales plays`).default([]),
  // The pre-registered expectation (decision 0035): where the lever should be by the review date, in
  // the units the manager reads (a percentage for a ratio, per day for volume, money for deal size).
  expectedTo: z.coerce.number("must be a number").finite("must be a number").min(0, "must be zero or more").max(1e12, "is too large").optional(),
  reviewOn: optionalDateSchema,
});

export const updatePlanSchema = z.object({
  planId: idSchema,
  targetDate: z.string().min(1, "is required").pipe(isoDateSchema),
  notes: textField({ max: MAX_PLAN_NOTES, min: 0, multiline: true, trim: false }).default(""),
});

export const planRoutineSchema = z.object({ planId: idSchema, salesPlayId: z.string().min(1, "choose a sales play").pipe(idSchema) });
export const planIdSchema = z.object({ planId: idSchema });

export type CreatePlanFromFocusInput = z.infer<typeof createPlanFromFocusSchema>;
