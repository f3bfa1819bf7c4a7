import { z } from "zod";
import { isoDateSchema, textField } from "@/lib/validation/common";

/** The VP's benchmark form: ratios are typed as percentages, deal size in the currency, volume per day. */
export const setBenchmarkFormSchema = z.object({
  scope: textField({ max: 64, requiredMessage: "choose the organization or a team" }),
  lever: textField({ max: 64, requiredMessage: "choose a lever" }),
  value: z.coerce.number({ error: "must be a number" }).finite("must be a number").positive("must be greater than 0"),
  effectiveFrom: isoDateSchema,
});
