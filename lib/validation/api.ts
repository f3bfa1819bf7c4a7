// The public API's request and response shapes: the same schemas validate requests and generate
// the OpenAPI document (lib/server/http/api/openapi.ts).
import { z } from "zod";
import { emailSchema, idSchema, isoDateSchema, personNameSchema, safeCount, textField } from "@/lib/validation/common";
import { teamNameSchema } from "@/lib/validation/teams";
import { checkPeriodRange, periodRangeFields, windowOrRange } from "@/lib/validation/period";

export const roleSchema = z.enum(["ADMIN", "VP", "MANAGER", "REP"]);

// Every error answers { error: { code, message, details } }; details is null or a list of one shape.
export const errorDetailSchema = z
  .object({
    path: z.string().describe('The field at fault, dot-separated ("name", "teams.0.amount", "period"); for a row error "<row>.<column>"'),
    message: z.string().describe("What is wrong with it"),
    row: z.number().int().optional().describe("Row errors (422): the 1-based item or data row"),
    column: z.string().nullable().optional().describe("Row errors (422): the field or column, null for the whole row"),
  })
  .meta({ id: "ErrorDetail" });
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable, machine-readable: invalid_input, invalid_query, invalid_rows, unauthenticated, forbidden, not_found, method_not_allowed, conflict, too_large, rate_limited, unavailable, internal"),
      message: z.string().describe("For people; names the field and the problem"),
      details: z.array(errorDetailSchema).nullable(),
    }),
  })
  .meta({ id: "Error" });

export const funnelResponseSchema = z
  .object({
    stages: z.array(z.object({ key: z.string(), label: z.string() })),
    ratios: z.array(z.object({ key: z.string(), from: z.string(), to: z.string() })),
    levers: z.array(z.object({ key: z.string(), kind: z.enum(["volume", "ratio", "deal_size"]), label: z.string() })),
  })
  .meta({ id: "Funnel" });

export const teamSchema = z.object({ id: z.string(), name: z.string(), managerId: z.string().nullable(), managerEmail: z.string().nullable() }).meta({ id: "Team" });
export const teamListSchema = z.object({ teams: z.array(teamSchema) });
export const createTeamSchema = z
  .object({ name: teamNameSchema, managerEmail: emailSchema.optional() })
  .strict()
  .meta({ id: "CreateTeam" });

export const userSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, teamId: z.string().nullable(), active: z.boolean() })
  .meta({ id: "User" });
export const userListSchema = z.object({ users: z.array(userSchema) });
export const provisionUserSchema = z
  .object({ email: emailSchema, name: personNameSchema, role: roleSchema, teamId: idSchema.nullable().optional() })
  .strict()
  .meta({ id: "ProvisionUser" });

export const MAX_ACTIVITY_ITEMS = 50_000;
export const activityItemSchema = z
  .object({
    repEmail: emailSchema,
    date: isoDateSchema,
    stage: textField({ max: 64 }),
    count: z
      .number({ error: "must be a number" })
      .finite("must be a number")
      .nonnegative("must not be negative")
      .max(Number.MAX_SAFE_INTEGER, `must be at most ${Number.MAX_SAFE_INTEGER}`)
      .describe("A whole number for a funnel stage (at most 2^53 − 1, as in the CSV import); for revenue an amount in the organization's currency whose minor units stay within that limit"),
  })
  .strict()
  .superRefine((item, context) => {
    // Funnel stages count things: the same whole-number limit as the CSV import.
    const withinRange = Number.isFinite(item.count) && item.count >= 0 && item.count <= Number.MAX_SAFE_INTEGER;
    if (item.stage !== "revenue" && withinRange && !safeCount.safeParse(item.count).success) context.addIssue({ code: "custom", path: ["count"], message: "must be a whole number for a funnel stage" });
  })
  .meta({ id: "ActivityItem" });
// Rows are validated one by one in the operation so that every failing row is reported (422).
export const activityBatchSchema = z.array(z.unknown()).min(1, "must hold at least one item").max(MAX_ACTIVITY_ITEMS, `must hold at most ${MAX_ACTIVITY_ITEMS} items`);
export const activityResultSchema = z
  .object({ received: z.number(), inserted: z.number(), updated: z.number(), unchanged: z.number() })
  .meta({ id: "ActivityResult" });

export const benchmarkSourceSchema = z.enum(["team", "organization", "team_top_quartile"]);
export const putBenchmarksSchema = z.record(textField({ max: 64, trim: false }), z.number().finite("must be a number").positive("must be positive")).meta({ id: "BenchmarkValues" });
export const teamBenchmarksSchema = z
  .object({
    teamId: z.string(),
    window: z.object({ from: z.string(), to: z.string() }),
    benchmarks: z.array(z.object({ lever: z.string(), teamValue: z.number().nullable(), benchmark: z.number().nullable(), source: benchmarkSourceSchema.nullable(), effectiveFrom: z.string().nullable() })),
  })
  .meta({ id: "TeamBenchmarks" });

export const prioritiesQuerySchema = z
  .object({
    window: z.coerce.number().int("must be a whole number of days").min(7, "must be at least 7 days").max(365, "must be at most 365 days").optional().describe("Days up to asOf (default 90); or give from and to instead"),
    asOf: isoDateSchema.optional().describe("Last day of the window (default today)"),
    ...periodRangeFields,
  })
  .superRefine(checkPeriodRange)
  .superRefine(windowOrRange);
const dataQualityReasonSchema = z
  .object({
    code: z.enum(["later_above_earlier", "stage_without_top", "empty_working_days", "sudden_stop"]),
    message: z.string(),
    days: z.array(z.string()).describe("The days involved, oldest first (YYYY-MM-DD)"),
  })
  .meta({ id: "DataQualityReason" });
const focusRuleSchema = z.enum(["revenue_at_stake", "effort_first"]);
export const leverPrioritySchema = z
  .object({
    lever: z.string(),
    competency: z.string().nullable(),
    actual: z.number().nullable(),
    estimate: z.number().nullable(),
    benchmark: z.number().nullable(),
    benchmarkSource: benchmarkSourceSchema.nullable(),
    liftRevenue: z.number(),
    confidence: z.number(),
    priority: z.number(),
    status: z.string(),
    sampleSize: z.number(),
    dataQuality: z
      .object({ status: z.enum(["ok", "suspect"]), reasons: z.array(dataQualityReasonSchema) })
      .describe("Whether the logged data behind the lever is believable: a suspect lever is a data problem, not a rep problem, and never the focus"),
  })
  .meta({ id: "LeverPriority" });
export const prioritiesResponseSchema = z
  .object({
    repId: z.string(),
    window: z.object({ days: z.number(), from: z.string(), to: z.string() }),
    currency: z.string(),
    levers: z.array(leverPrioritySchema),
    focus: z.string().nullable().describe("The lever to coach, or null when there is no clear priority"),
    reason: z.enum(["focus", "at_or_above_benchmark", "insufficient_data", "uncertain", "data_quality"]),
    reasonText: z.string(),
    focusRule: focusRuleSchema.describe("The organization's rule for picking the focus"),
    chosenBy: focusRuleSchema.nullable().describe("The rule that chose the focus; null without a focus"),
    dataQuality: z
      .object({ status: z.enum(["ok", "suspect"]), suspectLevers: z.array(z.string()), summary: z.string() })
      .describe("Summary over the levers: suspect when any lever's logged data is"),
    grade: z.object({ grade: z.enum(["A", "B", "C"]).nullable(), attainment: z.number().nullable() }),
  })
  .meta({ id: "Priorities" });

export const teamIdParamsSchema = z.object({ id: idSchema });
export const repIdParamsSchema = z.object({ id: idSchema });
