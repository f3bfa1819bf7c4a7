// Organization settings. Stored thresholds are fractions; the form asks for percentages.
import { z } from "zod";
import { textField } from "@/lib/validation/common";
import { cadenceSchema } from "@/lib/validation/one-on-ones";

let timeZones: ReadonlySet<string> | null = null;
/** IANA zones the runtime knows, plus "UTC" (which Intl lists only under its canonical aliases). */
export function isSupportedTimeZone(value: string): boolean {
  timeZones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return timeZones.has(value);
}

let currencies: ReadonlySet<string> | null = null;
export function isSupportedCurrency(value: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(value);
}

export const DATE_STYLES = ["MDY", "DMY", "auto"] as const;
export const FOCUS_RULES = ["REVENUE_AT_STAKE", "EFFORT_FIRST"] as const;

const commonFields = {
  name: textField({ max: 120 }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as USD")
    .refine(isSupportedCurrency, "is not an ISO 4217 currency code"),
  timeZone: z.string().trim().refine(isSupportedTimeZone, "must be an IANA time zone such as America/New_York"),
  dateStyle: z.enum(DATE_STYLES, "must be MDY, DMY or auto"),
  fiscalYearStartMonth: z.coerce.number({ error: "must be a month" }).int("must be a month").min(1, "must be a month from 1 to 12").max(12, "must be a month from 1 to 12"),
  defaultCadence: cadenceSchema,
  // Optional so a caller that predates the setting leaves it as it is.
  focusRule: z.enum(FOCUS_RULES, "must be REVENUE_AT_STAKE or EFFORT_FIRST").optional(),
};

function gradesInOrder(value: { gradeAThreshold: number; gradeBThreshold: number }, context: z.RefinementCtx) {
  if (value.gradeAThreshold < value.gradeBThreshold) context.addIssue({ code: "custom", path: ["gradeBThreshold"], message: "must not be above the A threshold" });
}

/** What the operation stores: thresholds as fractions of quota (A ≥ B > 0), confidence 0.5–0.99. */
export const organizationSettingsSchema = z
  .object({
    ...commonFields,
    gradeAThreshold: z.number().gt(0, "must be greater than 0").max(5, "must be at most 5 (500 %)"),
    gradeBThreshold: z.number().gt(0, "must be greater than 0").max(5, "must be at most 5 (500 %)"),
    confidenceThreshold: z.number().min(0.5, "must be at least 0.5").max(0.99, "must be at most 0.99"),
  })
  .superRefine(gradesInOrder);
export type OrganizationSettingsInput = z.output<typeof organizationSettingsSchema>;

const percent = (min: { value: number; inclusive: boolean; message: string }, max: { value: number; message: string }) =>
  z.coerce
    .number({ error: "must be a number" })
    .refine((value) => Number.isFinite(value), "must be a number")
    .refine((value) => (min.inclusive ? value >= min.value : value > min.value), min.message)
    .refine((value) => value <= max.value, max.message);

/** The settings form: the same fields, thresholds typed as percentages. */
export const organizationSettingsFormSchema = z
  .object({
    ...commonFields,
    gradeAThreshold: percent({ value: 0, inclusive: false, message: "must be greater than 0 %" }, { value: 500, message: "must be at most 500 %" }),
    gradeBThreshold: percent({ value: 0, inclusive: false, message: "must be greater than 0 %" }, { value: 500, message: "must be at most 500 %" }),
    confidenceThreshold: percent({ value: 50, inclusive: true, message: "must be at least 50 %" }, { value: 99, message: "must be at most 99 %" }),
  })
  .superRefine(gradesInOrder)
  .transform(
    (value): OrganizationSettingsInput => ({
      ...value,
      gradeAThreshold: value.gradeAThreshold / 100,
      gradeBThreshold: value.gradeBThreshold / 100,
      confidenceThreshold: value.confidenceThreshold / 100,
    }),
  );
