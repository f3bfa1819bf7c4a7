// The playbook: sales plays tied to a competency, searched and filtered from the query string.
import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";

export const MAX_PLAY_STEPS = 12;

/** Steps arrive as a list, or as one text with a step per line (a textarea). */
export const playStepsSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/\r?\n/) : value),
  z
    .array(textField({ max: 300, min: 0, maxMessage: "each step must be at most 300 characters" }), "must be a list of steps")
    .transform((steps) => steps.filter(Boolean))
    .pipe(z.array(z.string()).min(1, "add at least one step").max(MAX_PLAY_STEPS, `use at most ${MAX_PLAY_STEPS} steps`)),
);

const salesPlayFields = {
  competencyId: z.string().min(1, "choose a competency").pipe(idSchema),
  title: textField({ max: 120 }),
  whenToUse: textField({ max: 600, multiline: true }),
  steps: playStepsSchema,
  talkTrack: textField({ max: 3_000, min: 0, multiline: true }).default(""),
};

export const createSalesPlaySchema = z.object(salesPlayFields);
export const updateSalesPlaySchema = z.object({ salesPlayId: idSchema, ...salesPlayFields });
export const salesPlayIdSchema = z.object({ salesPlayId: idSchema });

/** The playbook's query string: a bad value is ignored rather than an error page. */
export const playbookFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  competency: idSchema.optional().catch(undefined),
});

export type SalesPlayInput = z.infer<typeof createSalesPlaySchema>;
