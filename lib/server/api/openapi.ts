import "server-only";
import { z } from "zod";
import {
  activityItemSchema,
  activityResultSchema,
  createTeamSchema,
  errorResponseSchema,
  funnelResponseSchema,
  prioritiesQuerySchema,
  prioritiesResponseSchema,
  provisionUserSchema,
  putBenchmarksSchema,
  teamBenchmarksSchema,
  teamListSchema,
  userListSchema,
  userSchema,
  teamSchema,
} from "@/lib/validation/api";
import { createInvitationSchema, invitationListSchema, invitationSchema } from "@/lib/validation/api-invitations";
import { activityImportQuerySchema, activityImportResultSchema } from "@/lib/validation/activity-import";
import { dealImportQuerySchema, dealImportResultSchema, dealPeriodQuerySchema, repDealFiguresSchema, teamDealFiguresSchema } from "@/lib/validation/deals";
import { goalsQuerySchema, goalsResponseSchema, periodQuerySchema, putGoalsSchema, putQuotaSchema, quotaResponseSchema, reverseFunnelQuerySchema, reverseFunnelResponseSchema } from "@/lib/validation/goals";

// The OpenAPI 3.1 document, generated from the zod schemas that validate the requests
// (OpenAPI 3.1 uses JSON Schema 2020-12, zod's native target).
type Schema = z.ZodType;

// Named schemas (.meta({ id })) become components; their references point there.
const components: Record<string, unknown> = {};

function toSchema(schema: Schema, io: "input" | "output"): unknown {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const { $defs, $schema: _dialect, ...rest } = generated;
  const rewrite = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_match, id: string) => `"#/components/schemas/${io === "input" ? `${id}Input` : id}"`));
  for (const [id, definition] of Object.entries($defs ?? {})) components[io === "input" ? `${id}Input` : id] = rewrite(definition);
  return rewrite(rest);
}

const json = (schema: Schema) => ({ content: { "application/json": { schema: toSchema(schema, "output") } } });
const jsonInput = (schema: Schema) => ({ content: { "application/json": { schema: toSchema(schema, "input") } } });

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ({ 400: "Bad input", 401: "No or bad token", 403: "Not allowed", 404: "Unknown id, or another organization's", 409: "Conflict", 413: "Body too large", 422: "Rows that fail validation; details lists each { row, column, message }", 429: "Rate limited", 503: "Database unavailable" } as Record<number, string>)[status] ?? "Error",
        ...json(errorResponseSchema),
      },
    ]),
  );

function queryParameters(schema: z.ZodObject) {
  const jsonSchema = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: jsonSchema.required?.includes(name) ?? false, schema: property }));
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };

export function buildOpenApiDocument() {
  const paths = buildPaths();
  return {
    openapi: "3.1.0",
    info: {
      title: "Coachboard API",
      version: "1.0.0",
      description: "Organization API for CRM integrations, provisioning and scripts. Authenticate with `Authorization: Bearer <organization API token>`.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } }, schemas: components },
    paths,
  };
}

function buildPaths() {
  return {
      "/funnel": { get: { summary: "Funnel stages in order, ratios and levers", responses: { 200: { description: "The funnel", ...json(funnelResponseSchema) }, ...errors(401, 429) } } },
      "/teams": {
        get: { summary: "List teams", responses: { 200: { description: "Teams", ...json(teamListSchema) }, ...errors(401, 429) } },
        post: { summary: "Create a team", requestBody: { required: true, ...jsonInput(createTeamSchema) }, responses: { 201: { description: "Created", ...json(teamSchema) }, ...errors(400, 401, 409, 413) } },
      },
      "/users": {
        get: { summary: "List users", responses: { 200: { description: "Users", ...json(userListSchema) }, ...errors(401, 429) } },
        post: {
          summary: "Provision a user (idempotent on email)",
          requestBody: { required: true, ...jsonInput(provisionUserSchema) },
          responses: { 200: { description: "Existing user, brought up to date", ...json(userSchema) }, 201: { description: "Created", ...json(userSchema) }, ...errors(400, 401, 404, 409, 413) },
        },
      },
      "/invitations": {
        get: { summary: "Pending invitations (not yet accepted or revoked)", responses: { 200: { description: "Invitations", ...json(invitationListSchema) }, ...errors(401, 429) } },
        post: {
          summary: "Invite a person: creates the user without a password and queues an email with a single-use link (7 days) to set one",
          requestBody: { required: true, ...jsonInput(createInvitationSchema) },
          responses: { 201: { description: "Invited; the email is queued", ...json(invitationSchema) }, ...errors(400, 401, 404, 413, 429) },
        },
      },
      "/activity": {
        post: {
          summary: "Upsert daily activity per rep, date and stage (all or nothing)",
          requestBody: { required: true, ...jsonInput(z.array(activityItemSchema).max(50_000)) },
          responses: { 200: { description: "Written", ...json(activityResultSchema) }, ...errors(400, 401, 413, 422) },
        },
      },
      "/activity/import": {
        post: {
          summary: "Import daily activity from a CSV file (all or nothing)",
          description:
            "The body is the file (`Content-Type: text/csv`, header row, at most 50 MB and 200,000 data rows). Name the format with `preset` or a column mapping saved on the import screen with `mapping`; without either, the format is recognized from the header. Dates follow the organization's date format; revenue is in its currency. Any failing row: nothing is written and every problem is listed (422).",
          parameters: queryParameters(activityImportQuerySchema),
          requestBody: { required: true, content: { "text/csv": { schema: { type: "string", description: "CSV text with a header row" } } } },
          responses: { 200: { description: "Written", ...json(activityImportResultSchema) }, ...errors(400, 401, 413, 422, 429) },
        },
      },
      "/teams/{id}/benchmarks": {
        get: { summary: "Each lever: the team's value, its benchmark and the benchmark's source", parameters: [idParameter], responses: { 200: { description: "Benchmarks", ...json(teamBenchmarksSchema) }, ...errors(401, 404) } },
        put: {
          summary: "Set team benchmarks { lever: value }, effective today",
          parameters: [idParameter],
          requestBody: { required: true, ...jsonInput(putBenchmarksSchema) },
          responses: { 200: { description: "Benchmarks after the change", ...json(teamBenchmarksSchema) }, ...errors(400, 401, 404) },
        },
      },
      "/reps/{id}/priorities": {
        get: {
          summary: "The coaching-priority engine's output for one rep",
          parameters: [idParameter, ...queryParameters(prioritiesQuerySchema)],
          responses: { 200: { description: "Every lever and the focus", ...json(prioritiesResponseSchema) }, ...errors(400, 401, 404) },
        },
      },
      "/goals": {
        get: {
          summary: "The organization's revenue goal for a period, each team's goal, what is allocated at each level and the dated history",
          parameters: queryParameters(goalsQuerySchema),
          responses: { 200: { description: "Goals (the current fiscal quarter without a period)", ...json(goalsResponseSchema) }, ...errors(400, 401) },
        },
        put: {
          summary: "Set the organization's goal and allocate it to teams (by hand, evenly or in proportion to last period's revenue); history is kept",
          parameters: queryParameters(periodQuerySchema),
          requestBody: { required: true, ...jsonInput(putGoalsSchema) },
          responses: { 200: { description: "Goals after the change", ...json(goalsResponseSchema) }, ...errors(400, 401, 404, 409, 413) },
        },
      },
      "/reps/{id}/quota": {
        get: { summary: "One rep's quota for a period (the newest is in force) and its history", parameters: [idParameter, ...queryParameters(goalsQuerySchema)], responses: { 200: { description: "The quota", ...json(quotaResponseSchema) }, ...errors(400, 401, 404) } },
        put: {
          summary: "Set one rep's quota for a period (a new row; the newest is in force)",
          parameters: [idParameter, ...queryParameters(periodQuerySchema)],
          requestBody: { required: true, ...jsonInput(putQuotaSchema) },
          responses: { 200: { description: "The quota after the change", ...json(quotaResponseSchema) }, ...errors(400, 401, 404, 409, 413) },
        },
      },
      "/reps/{id}/reverse-funnel": {
        get: {
          summary: "From the rep's remaining quota back to the activity each stage needs per working day, at the rep's ratios and at benchmark, against today's pace",
          parameters: [idParameter, ...queryParameters(reverseFunnelQuerySchema)],
          responses: { 200: { description: "The reverse funnel and the projection", ...json(reverseFunnelResponseSchema) }, ...errors(400, 401, 404) },
        },
      },
      "/deals/import": {
        post: {
          summary: "Import CRM deals from an opportunity/deal export (all or nothing; updates deals by external id)",
          description:
            "The body is the file (`Content-Type: text/csv`, header row, at most 50 MB and 200,000 deals). Name the export with `preset` (`salesforce`: Opportunity ID, Opportunity Owner, Stage, Amount, Created Date, Close Date, Lost Reason…; `hubspot`: Record ID, Deal Owner, Deal Stage, Amount, Create Date, Close Date) or a deal mapping saved on the import screen with `mapping`; without either the export is recognized from the header. Owners are matched by email, then by name (case, accents and spacing ignored), then by saved alias. Stages take their outcome from the saved mapping, else 'Closed Won'/'Won' are won, 'Closed Lost'/'Lost' lost, any other open. A deal already imported is updated (never duplicated); deals missing from the file are left alone. Any failing row or unknown owner: nothing is written and each is listed once (422).",
          parameters: queryParameters(dealImportQuerySchema),
          requestBody: { required: true, content: { "text/csv": { schema: { type: "string", description: "CSV text with a header row, one row per deal" } } } },
          responses: { 200: { description: "Written: how many deals were new, changed and unchanged", ...json(dealImportResultSchema) }, ...errors(400, 401, 403, 413, 422, 429) },
        },
      },
      "/reps/{id}/deals": {
        get: {
          summary: "One rep's deal figures over [from, to] (inclusive; default the last 90 days)",
          parameters: [idParameter, ...queryParameters(dealPeriodQuerySchema)],
          responses: { 200: { description: "Opened, won, lost, open, win rate, revenue, average deal size and median sales cycle", ...json(repDealFiguresSchema) }, ...errors(400, 401, 404, 429) },
        },
      },
      "/teams/{id}/deals": {
        get: {
          summary: "A team's deal figures over [from, to]: team totals and one entry per rep",
          parameters: [idParameter, ...queryParameters(dealPeriodQuerySchema)],
          responses: { 200: { description: "Team totals and each rep's figures", ...json(teamDealFiguresSchema) }, ...errors(400, 401, 404, 429) },
        },
      },
      "/openapi.json": { get: { summary: "This document", security: [], responses: { 200: { description: "OpenAPI 3.1" } } } },
  };
}
