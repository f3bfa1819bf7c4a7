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
  MAX_ACTIVITY_ITEMS,
} from "@/lib/validation/api";
import { API_RATE_LIMIT, DEFAULT_MAX_BYTES } from "@/lib/server/http/api/api-route";
import { createInvitationSchema, invitationListSchema, invitationSchema } from "@/lib/validation/api-invitations";
import { activityImportQuerySchema, activityImportResultSchema, MAX_IMPORT_BYTES } from "@/lib/validation/activity-import";
import { idSchema, YEAR_RANGE } from "@/lib/validation/common";
import { dealImportQuerySchema, dealImportResultSchema, MAX_DEAL_IMPORT_BYTES, repDealFiguresSchema, teamDealFiguresSchema } from "@/lib/validation/deals";
import { periodRangeQuerySchema } from "@/lib/validation/period";
import { MAX_PERIOD_DAYS } from "@/lib/calendar/period";
import { MAX_PEOPLE_IMPORT_BYTES, peopleImportQuerySchema, peopleImportResultSchema } from "@/lib/validation/people-import";
import { goalsQuerySchema, goalsResponseSchema, periodQuerySchema, putGoalsSchema, putQuotaSchema, quotaResponseSchema, reverseFunnelQuerySchema, reverseFunnelResponseSchema } from "@/lib/validation/goals";

// The OpenAPI 3.1 document, generated from the zod schemas that validate the requests
// (OpenAPI 3.1 uses JSON Schema 2020-12, zod's native target).
type Schema = z.ZodType;

// Whole numbers are JavaScript safe integers: int64 tells code generators which type holds them.
function withIntegerFormat(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "integer" && !("format" in value)) return { ...value, format: "int64" };
  return value;
}

// Named schemas (.meta({ id })) become components; their references point there.
const components: Record<string, unknown> = {};

function toSchema(schema: Schema, io: "input" | "output"): unknown {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const { $defs, $schema: _dialect, ...rest } = generated;
  const rewrite = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_match, id: string) => `"#/components/schemas/${io === "input" ? `${id}Input` : id}"`), withIntegerFormat);
  for (const [id, definition] of Object.entries($defs ?? {})) components[io === "input" ? `${id}Input` : id] = rewrite(definition);
  return rewrite(rest);
}

const json = (schema: Schema) => ({ content: { "application/json": { schema: toSchema(schema, "output") } } });
const jsonInput = (schema: Schema) => ({ content: { "application/json": { schema: toSchema(schema, "input") } } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Bad input: the message names the field and the problem; details lists each",
  401: "No token, or an unknown or revoked one",
  403: "Not allowed for this token",
  404: "Unknown id, or another organization's (ids are never told apart)",
  409: "Conflict",
  413: "Body too large",
  422: "Rows that fail validation; nothing was written. details lists each row's problems ({ path, message, row, column })",
  429: `More than ${API_RATE_LIMIT.requests} requests a minute for this token; Retry-After says when to try again`,
  503: "The database is unavailable; Retry-After says when to try again",
};
const retryAfter = { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer", format: "int32", minimum: 0, maximum: 3600 } } };

function errors(statuses: number[], conflict?: string) {
  return Object.fromEntries(
    [...new Set(statuses)].sort().map((status) => [
      String(status),
      {
        description: status === 409 && conflict ? conflict : ERROR_DESCRIPTIONS[status],
        ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
        ...(status === 401 ? { headers: { "WWW-Authenticate": { description: "Bearer", schema: { type: "string", maxLength: 20 } } } } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
}

function queryParameters(schema: z.ZodType) {
  const jsonSchema = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: "input" })), withIntegerFormat) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: jsonSchema.required?.includes(name) ?? false, ...(property.description ? { description: property.description } : {}), schema: property }));
}

const { $schema: _idDialect, ...idParameterSchema } = z.toJSONSchema(idSchema) as Record<string, unknown>;
const idParameter = { name: "id", in: "path", required: true, description: "The record's id: 1–64 of [A-Za-z0-9_-]; any other id answers 404", schema: idParameterSchema };

interface OperationSpec {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  pathId?: boolean;
  query?: z.ZodType;
  body?: { required: true; content: Record<string, unknown> };
  ok: Record<string, unknown>;
  /** Statuses beyond what every operation of its kind answers. */
  errors?: number[];
  conflict?: string;
}

/**
 * Every token-authenticated operation answers 401 (token), 429 (rate limit) and 503 (database);
 * one with a query or a body 400, one with a body 413, one with a path id 404.
 */
function operation(spec: OperationSpec) {
  const statuses = [401, 429, 503, ...(spec.errors ?? [])];
  if (spec.query || spec.body || spec.pathId) statuses.push(400);
  if (spec.body) statuses.push(413);
  if (spec.pathId) statuses.push(404);
  const parameters = [...(spec.pathId ? [idParameter] : []), ...(spec.query ? queryParameters(spec.query) : [])];
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: spec.body } : {}),
    responses: { ...spec.ok, ...errors(statuses, spec.conflict) },
  };
}

const LIMITS = [
  `Limits: ${API_RATE_LIMIT.requests} requests a minute per token (429 with Retry-After above it);`,
  `JSON bodies up to ${DEFAULT_MAX_BYTES / 1024 / 1024} MB (activity: 8 MB, CSV: ${MAX_IMPORT_BYTES / 1024 / 1024} MB), 413 above;`,
  "ids are 1–64 of [A-Za-z0-9_-];",
  `dates (YYYY-MM-DD) and periods (YYYY-Qn, YYYY-MM) lie in the years ${YEAR_RANGE.min}–${YEAR_RANGE.max};`,
  `wherever an operation takes window or asOf it also takes from and to (both days included, from ≤ to, at most ${MAX_PERIOD_DAYS} days; to is the as-of day), never both — 400 names the field;`,
  "text refuses control characters (NUL, C0 and C1 controls, DEL; multi-line text may hold tab and line breaks) with 400 rather than stripping them.",
  "Errors: `{ error: { code, message, details } }`, details null or a list of { path, message } (row errors add row and column).",
  "An unknown path answers 404 and an unsupported method 405 (with Allow), both in that envelope; a database outage 503 with Retry-After.",
].join(" ");

export function buildOpenApiDocument() {
  const paths = buildPaths();
  return {
    openapi: "3.1.0",
    info: {
      title: "Coachboard API",
      version: "1.0.0",
      description: `Organization API for CRM integrations, provisioning and scripts. Authenticate with \`Authorization: Bearer <organization API token>\`; a token sees its own organization only. ${LIMITS}`,
      license: { name: "Proprietary", identifier: "LicenseRef-Coachboard" },
      contact: { name: "Coachboard administrators" },
    },
    // Relative: the same document is served by every instance (production, staging, local development).
    servers: [{ url: "/api/v1", description: "The production (or staging, or local) Coachboard instance serving this document; serve it over HTTPS", "x-internal": false }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Organization", description: "Funnel, teams and users" },
      { name: "Activity", description: "Daily activity in, as JSON or CSV" },
      { name: "Coaching", description: "Benchmarks and the coaching-priority engine" },
      { name: "Goals", description: "Goals, quotas and the reverse funnel" },
      { name: "Deals", description: "CRM deals in, and the figures drawn from them" },
      { name: "Meta", description: "This document" },
    ],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An organization API token (created by an ADMIN)" } }, schemas: components },
    paths,
  };
}

function buildPaths() {
  // The error envelope's schema is a component every error response refers to.
  toSchema(errorResponseSchema, "output");
  return {
    "/funnel": {
      get: operation({ operationId: "getFunnel", tag: "Organization", summary: "Funnel stages in order, ratios and levers", description: "The keys every other operation uses.", ok: { 200: { description: "The funnel", ...json(funnelResponseSchema) } } }),
    },
    "/teams": {
      get: operation({ operationId: "listTeams", tag: "Organization", summary: "List teams", description: "Every team of the token's organization with its manager.", ok: { 200: { description: "Teams", ...json(teamListSchema) } } }),
      post: operation({
        operationId: "createTeam",
        tag: "Organization",
        summary: "Create a team",
        description: "The manager, if given, is a MANAGER of the organization named by email.",
        body: { required: true, ...jsonInput(createTeamSchema) },
        ok: { 201: { description: "Created", ...json(teamSchema) } },
        errors: [409],
        conflict: "A team of that name exists",
      }),
    },
    "/users": {
      get: operation({ operationId: "listUsers", tag: "Organization", summary: "List users", description: "Every user of the token's organization (never a password hash).", ok: { 200: { description: "Users", ...json(userListSchema) } } }),
      post: operation({
        operationId: "provisionUser",
        tag: "Organization",
        summary: "Provision a user (idempotent on email)",
        description: "Creates the user (201) or brings the organization's user with that email up to date (200). An email that cannot be used — emails are unique across every organization of this instance — answers a neutral 409 that says nothing about who holds it.",
        body: { required: true, ...jsonInput(provisionUserSchema) },
        ok: { 200: { description: "Existing user, brought up to date", ...json(userSchema) }, 201: { description: "Created", ...json(userSchema) } },
        errors: [404, 409],
        conflict: "The email address cannot be used",
      }),
    },
    "/invitations": {
      get: operation({ operationId: "listInvitations", tag: "Organization", summary: "Pending invitations (not yet accepted or revoked)", description: "Every invitation of the token's organization still waiting for its person.", ok: { 200: { description: "Invitations", ...json(invitationListSchema) } } }),
      post: operation({
        operationId: "createInvitation",
        tag: "Organization",
        summary: "Invite a person",
        description: "Creates the user without a password and queues an email with a single-use link (7 days) to set one.",
        body: { required: true, ...jsonInput(createInvitationSchema) },
        ok: { 201: { description: "Invited; the email is queued", ...json(invitationSchema) } },
        errors: [404],
      }),
    },
    "/activity": {
      post: operation({
        operationId: "recordActivity",
        tag: "Activity",
        summary: "Upsert daily activity per rep, date and stage (all or nothing)",
        description: "Counts of funnel stages are whole numbers up to 2^53 − 1 (the CSV import's limit); revenue is an amount in the organization's currency, and a day with revenue needs at least one deal won (the funnel's last stage) once the batch is written. Any failing item: nothing is written and every problem is listed (422).",
        body: { required: true, ...jsonInput(z.array(activityItemSchema).min(1).max(MAX_ACTIVITY_ITEMS)) },
        ok: { 200: { description: "Written", ...json(activityResultSchema) } },
        errors: [422],
      }),
    },
    "/activity/import": {
      post: operation({
        operationId: "importActivityCsv",
        tag: "Activity",
        summary: "Import daily activity from a CSV file (all or nothing)",
        description:
          "The body is the file (`Content-Type: text/csv`, header row, at most 50 MB and 200,000 data rows). Name the format with `preset` or a column mapping saved on the import screen with `mapping`; without either, the format is recognized from the header. Dates follow the organization's date format; revenue is in its currency. Any failing row: nothing is written and every problem is listed (422).",
        query: activityImportQuerySchema,
        body: { required: true, content: { "text/csv": { schema: { type: "string", maxLength: MAX_IMPORT_BYTES, description: "CSV text with a header row" } } } },
        ok: { 200: { description: "Written", ...json(activityImportResultSchema) } },
        errors: [409, 422],
        conflict: "The funnel changed while importing; nothing was written",
      }),
    },
    "/people/import": {
      post: operation({
        operationId: "importPeopleCsv",
        tag: "Organization",
        summary: "Import an org chart from a CSV file: people by email, teams with their manager, regions (all or nothing)",
        description:
          "The body is the file (`Content-Type: text/csv`, header row, at most 5 MB and 10,000 people). Columns are found by name, case-insensitively: name (`Name`, `Full Name`, or `First Name` + `Last Name`), email (`Email`, `Work Email`), role (`Role`: REP, MANAGER, VP or ADMIN; empty keeps an existing person's role, REP for a new one), manager (`Manager`, `Reports To`: an email or a name), team (`Team`, `Department`) and region (`Region`, `Office`). A rep's team is created with the named manager; a manager's row names the team they lead and the VP they report to. Idempotent on email: a second import of the same file changes nothing. With `dryRun=true` the plan is returned and nothing is written. Any failing row: nothing is written and every problem is listed (422).",
        query: peopleImportQuerySchema,
        body: { required: true, content: { "text/csv": { schema: { type: "string", maxLength: MAX_PEOPLE_IMPORT_BYTES, description: "CSV text with a header row" } } } },
        ok: { 200: { description: "Imported (or, with dryRun, planned)", ...json(peopleImportResultSchema) } },
        errors: [403, 409, 422],
        conflict: "People or teams changed since the preview, or an email was just taken; nothing was written",
      }),
    },
    "/teams/{id}/benchmarks": {
      get: operation({ operationId: "getTeamBenchmarks", tag: "Coaching", summary: "Each lever: the team's value, its benchmark and the benchmark's source", description: "Over the last 90 days; the benchmark is the team's own, the organization's or the team's top quartile.", pathId: true, ok: { 200: { description: "Benchmarks", ...json(teamBenchmarksSchema) } } }),
      put: operation({
        operationId: "setTeamBenchmarks",
        tag: "Coaching",
        summary: "Set team benchmarks { lever: value }, effective today",
        description: "Keys are lever keys from GET /funnel; ratios lie in (0, 1], deal size is in the organization's currency.",
        pathId: true,
        body: { required: true, ...jsonInput(putBenchmarksSchema) },
        ok: { 200: { description: "Benchmarks after the change", ...json(teamBenchmarksSchema) } },
      }),
    },
    "/reps/{id}/priorities": {
      get: operation({
        operationId: "getRepPriorities",
        tag: "Coaching",
        summary: "The coaching-priority engine's output for one rep",
        description: `Every lever with its value, estimate, benchmark, revenue lift and confidence, and the focus, over \`window\` days up to \`asOf\` (default 90 days to today) or over \`from\`–\`to\` (at most ${MAX_PERIOD_DAYS} days); dates lie in ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`,
        pathId: true,
        query: prioritiesQuerySchema,
        ok: { 200: { description: "Every lever and the focus", ...json(prioritiesResponseSchema) } },
      }),
    },
    "/goals": {
      get: operation({
        operationId: "getGoals",
        tag: "Goals",
        summary: "The organization's revenue goal for a period, each team's goal, what is allocated at each level and the dated history",
        description: `Without period, the current fiscal quarter; a period lies in the years ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`,
        query: goalsQuerySchema,
        ok: { 200: { description: "Goals (the current fiscal quarter without a period)", ...json(goalsResponseSchema) } },
      }),
      put: operation({
        operationId: "setGoals",
        tag: "Goals",
        summary: "Set the organization's goal and allocate it to teams",
        description: "By hand, evenly or in proportion to last period's revenue; history is kept. 409 when the change would over-allocate without confirmOverAllocation; nothing is written then.",
        query: periodQuerySchema,
        body: { required: true, ...jsonInput(putGoalsSchema) },
        ok: { 200: { description: "Goals after the change", ...json(goalsResponseSchema) } },
        errors: [404, 409],
        conflict: "The change would over-allocate; details lists each over-allocated scope",
      }),
    },
    "/reps/{id}/quota": {
      get: operation({ operationId: "getRepQuota", tag: "Goals", summary: "One rep's quota for a period (the newest is in force) and its history", description: "With the team's goal and what is allocated of it.", pathId: true, query: goalsQuerySchema, ok: { 200: { description: "The quota", ...json(quotaResponseSchema) } } }),
      put: operation({
        operationId: "setRepQuota",
        tag: "Goals",
        summary: "Set one rep's quota for a period (a new row; the newest is in force)",
        description: "409 when it would over-allocate the team's goal without confirmOverAllocation.",
        pathId: true,
        query: periodQuerySchema,
        body: { required: true, ...jsonInput(putQuotaSchema) },
        ok: { 200: { description: "The quota after the change", ...json(quotaResponseSchema) } },
        errors: [409],
        conflict: "The change would over-allocate the team's goal; details lists it",
      }),
    },
    "/reps/{id}/reverse-funnel": {
      get: operation({
        operationId: "getRepReverseFunnel",
        tag: "Goals",
        summary: "From the rep's remaining quota back to the activity each stage needs per working day",
        description: `At the rep's ratios and at benchmark, against the pace over \`window\` days to today (default 90) or over \`from\`–\`to\` (then as of \`to\`; at most ${MAX_PERIOD_DAYS} days), with the projection.`,
        pathId: true,
        query: reverseFunnelQuerySchema,
        ok: { 200: { description: "The reverse funnel and the projection", ...json(reverseFunnelResponseSchema) } },
      }),
    },
    "/deals/import": {
      post: operation({
        operationId: "importDealsCsv",
        tag: "Deals",
        summary: "Import CRM deals from an opportunity/deal export (all or nothing; updates deals by external id)",
        description:
          "The body is the file (`Content-Type: text/csv`, header row, at most 50 MB and 200,000 deals). Name the export with `preset` (`salesforce`: Opportunity ID, Opportunity Owner, Stage, Amount, Created Date, Close Date, Lost Reason…; `hubspot`: Record ID, Deal Owner, Deal Stage, Amount, Create Date, Close Date) or a deal mapping saved on the import screen with `mapping`; without either the export is recognized from the header. Owners are matched by email, then by name (case, accents and spacing ignored), then by saved alias. Stages take their outcome from the saved mapping, else 'Closed Won'/'Won' are won, 'Closed Lost'/'Lost' lost, any other open. A deal already imported is updated (never duplicated); deals missing from the file are left alone. Any failing row or unknown owner: nothing is written and each is listed once (422).",
        query: dealImportQuerySchema,
        body: { required: true, content: { "text/csv": { schema: { type: "string", maxLength: MAX_DEAL_IMPORT_BYTES, description: "CSV text with a header row, one row per deal" } } } },
        ok: { 200: { description: "Written: how many deals were new, changed and unchanged", ...json(dealImportResultSchema) } },
        errors: [403, 409, 422],
        conflict: "The file is being imported already",
      }),
    },
    "/reps/{id}/deals": {
      get: operation({
        operationId: "getRepDeals",
        tag: "Deals",
        summary: "One rep's deal figures over [from, to] (inclusive; default the last 90 days)",
        description: "Opened, won, lost, open, win rate, revenue, average deal size and median sales cycle.",
        pathId: true,
        query: periodRangeQuerySchema,
        ok: { 200: { description: "The rep's deal figures", ...json(repDealFiguresSchema) } },
      }),
    },
    "/teams/{id}/deals": {
      get: operation({
        operationId: "getTeamDeals",
        tag: "Deals",
        summary: "A team's deal figures over [from, to]: team totals and one entry per rep",
        description: "The same figures as for one rep, for the team and each of its reps.",
        pathId: true,
        query: periodRangeQuerySchema,
        ok: { 200: { description: "Team totals and each rep's figures", ...json(teamDealFiguresSchema) } },
      }),
    },
    "/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["Meta"],
        summary: "This document",
        description: "Public and static: no token, no rate limit, no database.",
        security: [],
        responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
}
