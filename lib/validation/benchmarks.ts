import { z } from "zod";
import { isoDateSchema } from "@/lib/validation/common";

/** The VP's benchmark form: ratios are typed as percentages, deal size in the currency, volume per day. */
export const setBenchmarkFormSchema = z.object({
  scope: z.string().min(1, "choose the organization or a team").max(64),
  lever: z.string().min(1, "choose a lever").max(64),
  value: z.coerce.number({ error: "must be a number" }).finite("must be a number").positive("must be greater than 0"),
  effectiveFrom: isoDateSchema,
});
