import { z } from "zod";
import { newPasswordSchema } from "@/lib/validation/auth";
import { emailSchema, personNameSchema, textField } from "@/lib/validation/common";
import { isSupportedCurrency, isSupportedTimeZone } from "@/lib/validation/organization";

export const signUpSchema = z.object({
  organizationName: textField({ max: 120 }),
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as USD")
    .refine(isSupportedCurrency, "is not an ISO 4217 currency code"),
  timeZone: z.string().trim().refine(isSupportedTimeZone, "must be an IANA time zone such as America/New_York"),
});
export type SignUpInput = z.output<typeof signUpSchema>;
