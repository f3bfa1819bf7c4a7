// Goals, quotas and the reverse funnel: the shapes the forms, the actions and the public API share
// (the API's schemas also generate the OpenAPI document, lib/server/http/api/openapi.ts).
// Amounts are in the organization's currency (major units, e.g. 250000.00); the server stores minor units.
import { z } from "zod";
import { idSchema, periodKey } from "@/lib/validation/common";
import { checkPeriodRange, periodRangeFields, windowOrRange } from "@/lib/validation/period";

export const periodKeySchema = periodKey;

export const MAX_GOAL_AMOUNT = 1_000_000_000_000;
export const amountSchema = z
  .number({ error: "must be a number" })
  .finite("must be a number")
  .nonnegative("must not be negative")
  .max(MAX_GOAL_AMOUNT, "is too large");
const formAmountSchema = z.coerce.number({ error: "must be a number" }).pipe(amountSchema);

export const splitMethodSchema = z.enum(["even", "proportional"], "must be 'even' or 'proportional'");
export const allocationMethodSchema = z.enum(["manual", "even", "proportional"], "must be 'manual', 'even' or 'proportional'");

// A checkbox posts "on"; JSON sends a boolean.
const confirmSchema = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// --- Public API ---------------------------------------------------------------------------------

export const goalsQuerySchema = z.object({ period: periodKeySchema.optional() });
export const periodQuerySchema = z.object({ period: periodKeySchema });

export const putGoalsSchema = z
  .object({
    organization: amountSchema.optional().describe("The organization's revenue goal for the period"),
    teams: z
      .array(z.object({ teamId: idSchema, amount: amountSchema }).strict())
      .max(500)
      .optional()
      .describe("Team goals set by hand (teams not listed keep theirs)"),
    split: splitMethodSchema
      .optional()
      .describe("Instead of `teams`: split the organization's goal over every team, evenly or in proportion to last period's revenue"),
    confirmOverAllocation: z
      .boolean()
      .optional()
      .describe("Save even when team goals add up to more than the organization's goal (or a team goal to less than its reps' quotas)"),
  })
  .strict()
  .refine((body) => !(body.teams && body.split), { message: "give either teams or split, not both", path: ["split"] })
  .refine((body) => body.organization !== undefined || body.teams !== undefined || body.split !== undefined, {
    message: "give organization, teams or split",
    path: ["organization"],
  })
  .meta({ id: "GoalsUpdate" });

const periodSchema = z.object({ key: z.string(), start: z.string(), end: z.string() }).meta({ id: "Period" });
const goalChangeSchema = z.object({
  teamId: z.string().nullable().describe("null for the organization's goal"),
  amount: z.number(),
  previous: z.number().nullable(),
  setAt: z.string(),
  setById: z.string().nullable(),
});

export const goalsResponseSchema = z
  .object({
    period: periodSchema,
    previousPeriod: periodSchema,
    currency: z.string(),
    organization: z.object({
      goal: z.number().nullable(),
      setAt: z.string().nullable(),
      allocatedToTeams: z.number(),
      unallocated: z.number().nullable().describe("Goal minus team goals; negative when over-allocated"),
    }),
    teams: z.array(
      z.object({
        teamId: z.string(),
        name: z.string(),
        goal: z.number().nullable(),
        setAt: z.string().nullable(),
        allocatedToReps: z.number().describe("The reps' quotas in force for the period"),
        unallocated: z.number().nullable(),
        previousPeriodRevenue: z.number(),
      }),
    ),
    history: z.array(goalChangeSchema),
  })
  .meta({ id: "Goals" });

export const putQuotaSchema = z
  .object({
    amount: amountSchema.describe("The rep's quota for the period"),
    confirmOverAllocation: z.boolean().optional().describe("Save even when the team's quotas add up to more than its goal"),
  })
  .strict()
  .meta({ id: "QuotaUpdate" });

export const quotaResponseSchema = z
  .object({
    repId: z.string(),
    period: periodSchema,
    currency: z.string(),
    amount: z.number().nullable().describe("The quota in force: the newest one set"),
    setAt: z.string().nullable(),
    history: z.array(z.object({ amount: z.number(), setAt: z.string(), setById: z.string().nullable() })),
    team: z
      .object({ teamId: z.string(), goal: z.number().nullable(), allocatedToReps: z.number(), unallocated: z.number().nullable() })
      .nullable()
      .describe("The rep's team's goal and what is allocated of it (not shown to a rep)"),
  })
  .meta({ id: "Quota" });

export const reverseFunnelQuerySchema = z
  .object({
    period: periodKeySchema.optional(),
    window: z.coerce.number().int("must be a whole number of days").min(7, "must be at least 7 days").max(365, "must be at most 365 days").optional().describe("Days of pace up to today (default 90); or give from and to instead"),
    ...periodRangeFields,
  })
  .superRefine(checkPeriodRange)
  .superRefine(windowOrRange);

export const reverseFunnelResponseSchema = z
  .object({
    repId: z.string(),
    period: periodSchema,
    currency: z.string(),
    paceWindow: z.object({ days: z.number(), from: z.string(), to: z.string() }).describe("Today's pace and the ratios are measured over this window"),
    quota: z.number().nullable(),
    wonToDate: z.number(),
    remaining: z.number().nullable(),
    workingDaysLeft: z.number().describe("Working days from tomorrow to the end of the period"),
    status: z.enum(["behind", "ahead", "no_pace", "quota_met", "no_days_left", "insufficient_data", "no_quota"]),
    reasonText: z.string(),
    stages: z.array(
      z.object({
        stage: z.string(),
        label: z.string(),
        neededPerDay: z.number().nullable().describe("At the rep's own ratios"),
        neededPerDayAtBenchmark: z.number().nullable(),
        pacePerDay: z.number().nullable(),
      }),
    ),
    ratios: z.array(
      z.object({
        lever: z.string(),
        value: z.number().nullable(),
        source: z.enum(["rep", "team"]).nullable().describe("rep: the rep's shrunk estimate; team: the team's pooled value (the rep has no data)"),
        thin: z.boolean(),
        benchmark: z.number().nullable(),
      }),
    ),
    gapPerDay: z.number().nullable().describe("Top-of-funnel activity needed per day minus today's pace (positive: behind)"),
    bestLever: z
      .object({
        lever: z.string(),
        label: z.string(),
        value: z.number(),
        benchmark: z.number(),
        topNeededPerDay: z.number(),
        closesPerDay: z.number(),
        shareOfGap: z.number().nullable(),
      })
      .nullable(),
    projection: z.object({
      status: z.enum(["projected", "no_activity", "insufficient_data", "period_over"]),
      projected: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      projectedAttainment: z.number().nullable(),
      projectedGrade: z.enum(["A", "B", "C"]).nullable(),
      method: z.string(),
    }),
  })
  .meta({ id: "ReverseFunnel" });

// --- Forms and actions --------------------------------------------------------------------------

export const setOrganizationGoalFormSchema = z.object({
  period: periodKeySchema,
  amount: formAmountSchema,
  confirmOverAllocation: confirmSchema,
});

const allocationLineSchema = z.object({ id: idSchema, amount: formAmountSchema });

export const allocateTeamGoalsFormSchema = z.object({
  period: periodKeySchema,
  method: allocationMethodSchema,
  amounts: z.array(allocationLineSchema).max(500),
  confirmOverAllocation: confirmSchema,
});

export const allocateQuotasFormSchema = allocateTeamGoalsFormSchema.extend({ teamId: idSchema });

export const MAX_QUOTA_CSV_BYTES = 2 * 1024 * 1024;
export const importQuotasFormSchema = z.object({
  csv: z.string().min(1, "choose a CSV file or paste its text").max(MAX_QUOTA_CSV_BYTES, "the file is larger than 2 MB"),
  confirmOverAllocation: confirmSchema,
});
