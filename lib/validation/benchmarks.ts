import { z } from "zod";
import { idSchema, isoDateSchema, textField } from "@/lib/validation/common";

/** The VP's benchmark form: ratios are typed as percentages, deal size in the currency, volume per day. */
export const setBenchmarkFormSchema = z
  .object({
    scope: textField({ max: 64, requiredMessage: "choose the organization or a team" }),
    lever: textField({ max: 64, requiredMessage: "choose a lever" }),
    value: z.coerce.number({ error: "Target must be a number" }).finite("Target must be a number").positive("Target must be greater than 0"),
    effectiveFrom: isoDateSchema,
  })
  .superRefine((input, context) => {
    // A conversion ratio ("a_to_b") is typed in percent on the form, so the limit is said in percent.
    if (input.lever.includes("_to_") && input.value > 100)
      context.addIssue({ code: "custom", path: ["value"], message: `Target (%) must be at most 100 % for a conversion rate; ${input.value} % was entered` });
  });

export const retractBenchmarkSchema = z.object({ benchmarkId: idSchema });
