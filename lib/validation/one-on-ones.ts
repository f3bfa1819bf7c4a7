// One-on-ones, their notes, agenda and commitments: the shapes forms, actions and stored JSON share.
import { z } from "zod";
import { idSchema, isoDateSchema, localDateTime, textField } from "@/lib/validation/common";
import { AGENDA_SECTIONS, COMMITMENT_HORIZONS, SECTION_NAMES } from "@/lib/validation/one-on-one-terms";

export const agendaSectionSchema = z.enum(AGENDA_SECTIONS, "must be one of the agenda sections");
export const oneOnOneKindSchema = z.enum(["REP", "LEADER"], "must be REP or LEADER");
export const cadenceSchema = z.enum(["WEEKLY", "BIWEEKLY", "MONTHLY"], "must be weekly, every two weeks or monthly");

export const MAX_NOTES_LENGTH = 20_000;

export const scheduleOneOnOneSchema = z.object({
  memberId: z.string().min(1, "Choose who the one-on-one is with").pipe(idSchema),
  // The value of a datetime-local input, read in the organization's time zone.
  scheduledAt: localDateTime,
});

export const oneOnOneIdSchema = z.object({ oneOnOneId: idSchema });
export const startOneOnOneWithSchema = z.object({ memberId: z.string().min(1, "Choose who the one-on-one is with").pipe(idSchema) });

/** Completing names each commitment the coach chose to leave unreviewed, after being warned about it. */
export const completeOneOnOneSchema = z.object({
  oneOnOneId: idSchema,
  completeWithoutReview: z.array(idSchema).max(500, "Too many commitments").default([]),
});

/** A notes save names the version it was typed on; a stale one is a conflict, never an overwrite. */
export const saveNotesSchema = z.object({
  oneOnOneId: idSchema,
  body: textField({ max: MAX_NOTES_LENGTH, min: 0, multiline: true, trim: false, maxMessage: `Notes must be at most ${MAX_NOTES_LENGTH.toLocaleString("en-US")} characters` }),
  version: z.coerce.number().int().min(0),
});

export const addAgendaItemSchema = z.object({
  oneOnOneId: idSchema,
  title: textField({ max: 200, requiredMessage: "Enter a talking point", maxMessage: "A talking point must be at most 200 characters" }),
  section: agendaSectionSchema.default("TOPICS"),
});

export const agendaItemSchema = z.object({ oneOnOneId: idSchema, agendaItemId: idSchema });
export const setAgendaItemDoneSchema = agendaItemSchema.extend({ done: z.boolean() });

export const setFocusCompetencySchema = z.object({ oneOnOneId: idSchema, competencyId: z.string().min(1, "Choose a competency").pipe(idSchema) });

const optionalId = z
  .union([z.literal(""), idSchema])
  .optional()
  .transform((value) => value || undefined);

export const addCommitmentSchema = z
  .object({
    oneOnOneId: idSchema,
    text: textField({ max: 300, requiredMessage: "Describe the commitment", maxMessage: "A commitment must be at most 300 characters" }),
    owner: z.enum(["member", "coach"], "Choose who owns the commitment"),
    dueOn: z.string().min(1, "Enter a due date").pipe(isoDateSchema),
    // Optional: the lever the commitment should move, over a horizon, and the sales play it practises.
    leverKey: z
      .union([z.literal(""), z.string().max(100, "is not a lever of the funnel").regex(/^[a-z0-9_]+$/, "is not a lever of the funnel")])
      .optional()
      .transform((value) => value || undefined),
    horizonDays: z
      .union([z.literal(""), z.coerce.number().int("must be whole days")])
      .optional()
      .transform((value) => (value === "" ? undefined : value))
      .refine((value) => value === undefined || (COMMITMENT_HORIZONS as readonly number[]).includes(value), `must be one of ${COMMITMENT_HORIZONS.join(", ")} days`),
    salesPlayId: optionalId,
  })
  .superRefine((value, context) => {
    if (!value.leverKey && (value.horizonDays !== undefined || value.salesPlayId)) context.addIssue({ code: "custom", path: ["leverKey"], message: "Choose the lever it should move" });
  });

export const COMMITMENT_OUTCOMES = ["DONE", "MISSED", "CARRY_OVER"] as const;
export const reviewCommitmentSchema = z
  .object({
    oneOnOneId: idSchema,
    commitmentId: idSchema,
    outcome: z.enum(COMMITMENT_OUTCOMES, "Choose done, missed or carry over"),
    // Only for a carry-over: when the new commitment is due.
    dueOn: z.union([isoDateSchema, z.literal("")]).optional(),
  })
  .superRefine((value, context) => {
    if (value.outcome === "CARRY_OVER" && !value.dueOn) context.addIssue({ code: "custom", path: ["dueOn"], message: "Enter the new due date" });
  });

export const addAddendumSchema = z.object({
  oneOnOneId: idSchema,
  body: textField({ max: 5_000, multiline: true, requiredMessage: "Write the addendum", maxMessage: "An addendum must be at most 5,000 characters" }),
});

export const setCadenceSchema = z.object({ cadence: cadenceSchema });

export const oneOnOneListFiltersSchema = z.object({ member: idSchema.optional().catch(undefined), coach: idSchema.optional().catch(undefined) });

export const agendaTemplateSectionSchema = z.object({
  section: agendaSectionSchema,
  title: textField({ max: 80, requiredMessage: "Enter a title", maxMessage: "A title must be at most 80 characters" }),
  prompt: textField({ max: 600, min: 0, multiline: true, maxMessage: "A prompt must be at most 600 characters" }).default(""),
});
export type AgendaTemplateSection = z.infer<typeof agendaTemplateSectionSchema>;

/** Every section kind stays on the agenda (order, titles and prompts are the organization's). */
export const agendaTemplateSchema = z
  .object({ kind: oneOnOneKindSchema, sections: z.array(agendaTemplateSectionSchema).min(1, "Keep at least one section").max(12, "Use at most 12 sections") })
  .superRefine((value, context) => {
    const present = new Set(value.sections.map((section) => section.section));
    const missing = AGENDA_SECTIONS.filter((section) => !present.has(section));
    if (missing.length) context.addIssue({ code: "custom", path: ["sections"], message: `The agenda must keep a ${missing.map((section) => SECTION_NAMES[section]).join(", ")} section` });
  });

// What a meeting froze when it started (OneOnOne.kpiSnapshot). Stored JSON is read back through
// these schemas, so an old or hand-edited snapshot shows as missing rather than breaking the page.
const snapshotLeverSchema = z.object({
  lever: z.string(),
  label: z.string(),
  kind: z.enum(["volume", "ratio", "deal_size"]),
  competency: z.string().nullable(),
  actual: z.number().nullable(),
  estimate: z.number().nullable(),
  benchmark: z.number().nullable(),
  benchmarkSource: z.string().nullable(),
  sampleSize: z.number(),
  liftRevenueMinor: z.number(),
  confidence: z.number(),
  // Frozen with the organization's threshold; snapshots taken before it was stored have none.
  confident: z.boolean().optional(),
  status: z.string(),
});
const snapshotWindowSchema = z.object({ from: z.string(), to: z.string(), label: z.string() });

export const repKpiSnapshotSchema = z.object({
  kind: z.literal("REP"),
  capturedAt: z.string(),
  window: snapshotWindowSchema,
  currency: z.string(),
  grade: z.enum(["A", "B", "C"]).nullable(),
  attainment: z.number().nullable(),
  revenueMinor: z.number(),
  quotaMinor: z.number().nullable(),
  focus: z.object({ lever: z.string(), label: z.string(), competency: z.string().nullable() }).nullable(),
  focusReason: z.string(),
  levers: z.array(snapshotLeverSchema),
  agenda: z.array(agendaTemplateSectionSchema),
});

export const leaderKpiSnapshotSchema = z.object({
  kind: z.literal("LEADER"),
  capturedAt: z.string(),
  window: snapshotWindowSchema,
  currency: z.string(),
  teams: z.array(
    z.object({
      teamId: z.string(),
      name: z.string(),
      grade: z.enum(["A", "B", "C"]).nullable(),
      attainment: z.number().nullable(),
      revenueMinor: z.number(),
      mostCommonFocus: z.string().nullable(),
      levers: z.array(snapshotLeverSchema),
    }),
  ),
  agenda: z.array(agendaTemplateSectionSchema),
});

export const kpiSnapshotSchema = z.discriminatedUnion("kind", [repKpiSnapshotSchema, leaderKpiSnapshotSchema]);
export type KpiSnapshot = z.infer<typeof kpiSnapshotSchema>;
export type SnapshotLever = z.infer<typeof snapshotLeverSchema>;
