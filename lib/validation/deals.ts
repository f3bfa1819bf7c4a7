// CRM deals in the public API: the import's query and answer, and the deal figures over a period.
import { z } from "zod";
import { dealColumnMappingSchema, dealOutcomeSchema } from "@/lib/import/deals/mapping-schema";
import { DEAL_PRESET_KEYS } from "@/lib/import/deals/presets";
import { textField } from "@/lib/validation/common";

export const MAX_DEAL_IMPORT_BYTES = 50 * 1024 * 1024;
export const dealMappingNameSchema = textField({ max: 80 });

export const dealImportQuerySchema = z
  .object({
    preset: z.enum(DEAL_PRESET_KEYS, { error: `must be one of ${DEAL_PRESET_KEYS.join(", ")}` }).optional(),
    mapping: dealMappingNameSchema.optional().describe("The name of a deal mapping saved on the deal import screen (columns, date order and stage outcomes)"),
  })
  .strict()
  .refine((query) => !(query.preset && query.mapping), { message: "give either preset or mapping, not both", path: ["mapping"] });

export const dealImportResultSchema = z
  .object({
    importId: z.string(),
    deals: z.number().describe("Deals in the file"),
    new: z.number().describe("Deals not seen before"),
    changed: z.number().describe("Known deals whose stage, amount, dates, owner or names changed"),
    unchanged: z.number(),
    stages: z.array(z.object({ stage: z.string(), count: z.number(), outcome: dealOutcomeSchema, guessed: z.boolean().describe("No saved mapping names this stage; the outcome was guessed") })),
  })
  .meta({ id: "DealImportResult" });

const dealFiguresShape = {
  opened: z.number().describe("Deals created in the period"),
  won: z.number().describe("Deals won with a close date in the period"),
  lost: z.number().describe("Deals lost with a close date in the period"),
  open: z.number().describe("Deals not closed at the end of the period"),
  winRate: z.number().nullable().describe("won / (won + lost); null when nothing closed"),
  revenue: z.number().describe("Sum of won amounts, in the organization's currency"),
  averageDealSize: z.number().nullable().describe("revenue / won; null when nothing was won"),
  medianCycleDays: z.number().nullable().describe("Median days from created to close over the deals won in the period"),
};
export const dealFiguresSchema = z.object(dealFiguresShape).meta({ id: "DealFigures" });

export const repDealFiguresSchema = z.object({ repId: z.string(), name: z.string(), from: z.string(), to: z.string(), currency: z.string(), ...dealFiguresShape }).meta({ id: "RepDealFigures" });
export const teamDealFiguresSchema = z
  .object({
    teamId: z.string(),
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    totals: dealFiguresSchema,
    reps: z.array(z.object({ repId: z.string(), name: z.string(), ...dealFiguresShape })),
  })
  .meta({ id: "TeamDealFigures" });

/** The admin's answer for each unknown owner: an existing person, or a new one (name now, email later). */
export const dealOwnerChoiceSchema = z.union([
  z.object({ name: textField({ max: 200 }), userId: z.string().min(1).max(64) }).strict(),
  z
    .object({
      name: textField({ max: 200 }),
      createPerson: z.object({ name: textField({ max: 120 }), teamId: z.string().min(1).max(64).nullable().optional() }).strict(),
    })
    .strict(),
]);
export const mapDealOwnersSchema = z.object({ owners: z.array(dealOwnerChoiceSchema).min(1, "name at least one owner").max(500, "must name at most 500 owners") });
export type MapDealOwnersInput = z.infer<typeof mapDealOwnersSchema>;

export const dealImportMappingInputSchema = z.object({ importId: z.string().min(1).max(64), mapping: dealColumnMappingSchema });
export const saveDealMappingSchema = z.object({ name: dealMappingNameSchema, mapping: dealColumnMappingSchema });

// A form sends one field per stage, named sources.<stage key>; the API-style object passes as is.
const formSources = (value: unknown) =>
  value && typeof value === "object" && !("sources" in value)
    ? { sources: Object.fromEntries(Object.entries(value).flatMap(([key, source]) => (key.startsWith("sources.") ? [[key.slice("sources.".length), source]] : []))) }
    : value;
export const setFunnelSourcesSchema = z.preprocess(formSources, z.object({ sources: z.record(z.string().min(1).max(64), z.enum(["activity", "deals"], { error: "must be activity or deals" })) }));
export type SetFunnelSourcesInput = z.infer<typeof setFunnelSourcesSchema>;
