// The org-chart (people) import: one CSV row per person, the API's query and answer, and the
// settings screen's actions. The row schema is applied by the pure reader (lib/org-chart).
import { z } from "zod";
import { displayValue } from "@/lib/import/error-list";
import { emailSchema, personNameSchema, textField } from "@/lib/validation/common";

export const ORG_CHART_ROLES = ["REP", "MANAGER", "VP", "ADMIN"] as const;
export type OrgChartRole = (typeof ORG_CHART_ROLES)[number];

export const MAX_PEOPLE_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_PEOPLE_IMPORT_ROWS = 10_000;

const optionalCell = (max: number, what: string) =>
  textField({ max, min: 0, maxMessage: `${what} must be at most ${max} characters` }).transform((value) => (value === "" ? null : value));

/** One person as read from the file (cells trimmed; an empty cell is null = "not given"). */
export const orgChartRowSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  role: z
    .string()
    .trim()
    .transform((value, context): OrgChartRole | null => {
      if (value === "") return null;
      const role = ORG_CHART_ROLES.find((candidate) => candidate === value.toUpperCase());
      if (role) return role;
      context.addIssue({ code: "custom", message: `'${displayValue(value)}' is not a role; use one of REP, MANAGER, VP, ADMIN (or leave it empty for REP)` });
      return z.NEVER;
    }),
  manager: optionalCell(254, "the manager"),
  team: optionalCell(80, "the team name"),
  region: optionalCell(80, "the region name"),
});
export type OrgChartRow = z.infer<typeof orgChartRowSchema> & { row: number };

export const peopleImportQuerySchema = z
  .object({
    dryRun: z
      .enum(["true", "false", "1", "0"], { error: "must be true or false" })
      .optional()
      .transform((value) => value === "true" || value === "1")
      .describe("true: return the plan without writing anything"),
    sendInvitations: z
      .enum(["true", "false", "1", "0"], { error: "must be true or false" })
      .optional()
      .transform((value) => value === "true" || value === "1")
      .describe("true: email an invitation (a link to set a password) to each person of the file who has no password and no pending invitation"),
  })
  .strict();

const countsSchema = z.object({
  people: z.object({
    created: z.number(),
    updated: z.number().describe("Existing people with any change, moves included"),
    moved: z.number().describe("Of the updated: a new team or a new person they report to"),
    unchanged: z.number(),
  }),
  teams: z.object({ created: z.number(), updated: z.number() }),
  regions: z.object({ created: z.number() }),
});

export const peopleImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    counts: countsSchema,
    people: z.array(
      z.object({
        row: z.number(),
        email: z.string(),
        name: z.string(),
        role: z.enum(ORG_CHART_ROLES),
        team: z.string().nullable(),
        reportsTo: z.string().nullable().describe("A manager's VP, by email"),
        action: z.enum(["create", "update", "unchanged"]),
        moved: z.boolean(),
        changes: z.array(z.string()),
      }),
    ),
    teams: z.array(z.object({ name: z.string(), manager: z.string().nullable(), region: z.string().nullable(), action: z.enum(["create", "update", "unchanged"]), changes: z.array(z.string()) })),
    regions: z.array(z.object({ name: z.string(), action: z.enum(["create", "unchanged"]) })),
    invitationsQueued: z.number().describe("Invitations queued with the import (sendInvitations)"),
  })
  .meta({ id: "PeopleImportResult" });

export const peopleImportFormSchema = z.object({
  csv: z.string().min(1, "choose a file").max(MAX_PEOPLE_IMPORT_BYTES, `must be at most ${MAX_PEOPLE_IMPORT_BYTES / 1024 / 1024} MB`),
  /** The preview's fingerprint: the import is refused when the plan changed since it was shown. */
  planFingerprint: z.string().max(128).optional(),
  sendInvitations: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).optional(),
});
