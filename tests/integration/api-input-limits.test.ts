// Issue 16's findings, one regression test each: bounded parsing, no 5xx, every answer documented.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postActivity } from "@/app/api/v1/activity/route";
import { POST as postActivityImport } from "@/app/api/v1/activity/import/route";
import { GET as getGoals, PUT as putGoals } from "@/app/api/v1/goals/route";
import { GET as getPriorities } from "@/app/api/v1/reps/[id]/priorities/route";
import { GET as getQuota, PUT as putQuota } from "@/app/api/v1/reps/[id]/quota/route";
import { POST as postTeam } from "@/app/api/v1/teams/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { buildOpenApiDocument } from "@/lib/server/http/api/openapi";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let token: string;

beforeAll(async () => {
  acme = await createOrganizationCast("Limits");
  globex = await createOrganizationCast("Other");
  token = await createApiToken(acme.organization.id);
});

interface ErrorDetail {
  path: string;
  message: string;
}
const detailsOf = (json: { error?: { details: unknown } }) => json.error?.details as ErrorDetail[];

describe("periods and dates are parsed within the years 1970–2199", () => {
  it("answers 400 naming period and the range for a period in the year 9999 (it used to never answer)", async () => {
    for (const period of ["9999-Q4", "9999-10", "9999-11", "9999-12"]) {
      const response = await callApi(getGoals, { token, query: { period } });
      expect(response.status, period).toBe(400);
      expect(response.json.error?.message).toMatch(/^period: .*1970.*2199/);
      expect(detailsOf(response.json)).toEqual([expect.objectContaining({ path: "period" })]);
    }
    const put = await callApi(putGoals, { token, method: "PUT", query: { period: "9999-Q4" }, json: { organization: 100 } });
    expect(put.status).toBe(400);
    expect(put.json.error?.message).toMatch(/^period: /);
  });

  it("refuses two-digit-century periods instead of reading 0050 as 1950", async () => {
    const quota = await callApi(putQuota, { token, method: "PUT", params: { id: acme.repA1.id }, query: { period: "0050-03" }, json: { amount: 1000 } });
    expect(quota.status).toBe(400);
    expect(quota.json.error?.message).toMatch(/^period: .*1970.*2199/);
    expect(await db.quota.count({ where: { organizationId: acme.organization.id } })).toBe(0);
    const goals = await callApi(getGoals, { token, query: { period: "0011-Q4" } });
    expect(goals.status).toBe(400);
    expect((await callApi(getQuota, { token, params: { id: acme.repA1.id }, query: { period: "2200-01" } })).status).toBe(400);
    const inRange = await callApi(getGoals, { token, query: { period: "2199-Q4" } });
    expect(inRange.status).toBe(200);
    expect((inRange.json.period as { key: string }).key).toBe("2199-Q4");
  });

  it("answers 400 naming asOf when the window would reach before year 1 (it used to be a 500)", async () => {
    for (const asOf of ["0001-01-01", "0000-01-01", "1969-12-31", "2200-01-01"]) {
      const response = await callApi(getPriorities, { token, params: { id: acme.repA1.id }, query: { asOf, window: "365" } });
      expect(response.status, asOf).toBe(400);
      expect(response.json.error?.message).toMatch(/^asOf: .*1970-01-01.*2199-12-31/);
    }
    expect((await callApi(getPriorities, { token, params: { id: acme.repA1.id }, query: { asOf: "1970-01-01", window: "365" } })).status).toBe(200);
  });
});

describe("activity counts stay within safe integers, as in the CSV import", () => {
  it("refuses counts PostgreSQL's bigint cannot hold and unsafe integers, naming the row and count (they used to be 500s or rounded)", async () => {
    const day = "2026-01-05";
    for (const count of [1e17, 1e19, 1e21, 1e300, 2 ** 53 + 1]) {
      const response = await callApi(postActivity, { token, body: `[{"repEmail":"${acme.repA1.email}","date":"${day}","stage":"dials","count":${count === 2 ** 53 + 1 ? "9007199254740993" : count}}]`, contentType: "application/json" });
      expect(response.status, String(count)).toBe(422);
      expect(detailsOf(response.json)).toEqual([expect.objectContaining({ path: "1.count", row: 1, column: "count" })]);
    }
    for (const count of [1e14, 1e17, 1e300]) {
      const revenue = await callApi(postActivity, { token, json: [{ repEmail: acme.repA1.email, date: day, stage: "revenue", count }] });
      expect(revenue.status, `revenue ${count}`).toBe(422);
      expect(detailsOf(revenue.json)[0]?.path).toBe("1.count");
    }
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(0);
    const largest = await callApi(postActivity, { token, json: [{ repEmail: acme.repA1.email, date: day, stage: "dials", count: Number.MAX_SAFE_INTEGER }] });
    expect(largest.status).toBe(200);
  });
});

describe("text refuses NUL and other control characters, naming the field", () => {
  it("answers 400 for a NUL in a user's name, a team's name and the import's mapping query (they used to be 500s)", async () => {
    const user = await callApi(postUser, { token, json: { email: "nul@limits.test", name: "Ann\u0000Lee", role: "REP" } });
    expect(user.status).toBe(400);
    expect(user.json.error?.message).toMatch(/^name: .*control characters/);
    const team = await callApi(postTeam, { token, json: { name: "East\u0000" } });
    expect(team.status).toBe(400);
    expect(team.json.error?.message).toMatch(/^name: .*control characters/);
    const bell = await callApi(postTeam, { token, json: { name: "East\u0007West" } });
    expect(bell.status).toBe(400);
    const mapping = await callApi(postActivityImport, { token, query: { mapping: "crm\u0000" }, body: "repEmail,date,stage,count\n", contentType: "text/csv" });
    expect(mapping.status).toBe(400);
    expect(mapping.json.error?.message).toMatch(/^mapping: .*control characters/);
    expect(await db.user.count({ where: { email: "nul@limits.test" } })).toBe(0);
  });
});

describe("errors", () => {
  it("answers a neutral 409 for an email used elsewhere, saying nothing about other organizations", async () => {
    const response = await callApi(postUser, { token, json: { email: globex.repA1.email, name: "X", role: "REP" } });
    expect(response.status).toBe(409);
    expect(response.json.error?.message).not.toMatch(/organi[sz]ation|tenant|another/i);
    expect(response.json.error?.message).toMatch(/email/);
  });

  it("gives every error's details one shape: null or a list of { path, message }", async () => {
    const zodError = await callApi(postTeam, { token, json: { name: "" } });
    const wrongType = await callApi(postTeam, { token, body: "name=x", contentType: "application/x-www-form-urlencoded" });
    const rows = await callApi(postActivity, { token, json: [{ repEmail: "ghost@limits.test", date: "2026-01-05", stage: "dials", count: 1 }] });
    const conflict = await callApi(putGoals, { token, method: "PUT", query: { period: "2026-Q1" }, json: { organization: 100, teams: [{ teamId: acme.teamA.id, amount: 500 }] } });
    expect(conflict.status).toBe(409);
    for (const response of [zodError, wrongType, rows, conflict]) {
      const details = response.json.error?.details;
      expect(details === null || Array.isArray(details), JSON.stringify(details)).toBe(true);
      for (const detail of (details ?? []) as ErrorDetail[]) expect(detail).toEqual(expect.objectContaining({ path: expect.any(String), message: expect.any(String) }));
    }
    expect(detailsOf(rows.json)[0]).toMatchObject({ path: "1.repEmail", row: 1, column: "repEmail" });
    expect(detailsOf(conflict.json).length).toBeGreaterThan(0);
  });

  it("answers the JSON envelope 404 for an unknown /api/v1 path, whatever the method", async () => {
    const unknownPath = (await import(path.resolve("app/api/v1/[...path]/route.ts"))) as Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = await callApi(unknownPath[method]!, { method, path: "/api/v1/nothing/here", params: { path: "nothing/here" } });
      expect(response.status).toBe(404);
      expect(response.json.error?.code).toBe("not_found");
    }
  });

  it("answers 405 with the envelope and an Allow header for a method a route does not support", async () => {
    const root = path.resolve("app/api/v1");
    const routeFiles = (function walk(folder: string): string[] {
      return readdirSync(folder).flatMap((name) => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return walk(full);
        return name === "route.ts" ? [full] : [];
      });
    })(root).filter((file) => !file.includes("[...path]"));
    expect(routeFiles.length).toBeGreaterThanOrEqual(9);
    for (const file of routeFiles) {
      const route = (await import(file)) as Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
      const supported: string[] = [];
      const refused: { method: string; allow: string | null }[] = [];
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = route[method];
        expect(handler, `${path.relative(root, file)} ${method}`).toBeTypeOf("function");
        const response = await callApi(handler!, { method, params: { id: "x" } });
        if (response.status === 405) {
          expect(response.json.error?.code).toBe("method_not_allowed");
          refused.push({ method, allow: response.headers.get("allow") });
        } else supported.push(method);
      }
      for (const { allow } of refused) expect(allow?.split(/,\s*/).filter((method) => method !== "HEAD" && method !== "OPTIONS").sort()).toEqual(supported.sort());
    }
  });
});

describe("the OpenAPI document says what the server does", () => {
  const document = buildOpenApiDocument() as {
    paths: Record<string, Record<string, { operationId?: string; tags?: string[]; summary?: string; description?: string; security?: unknown[]; requestBody?: unknown; parameters?: { name: string; in: string; schema: Record<string, unknown> }[]; responses: Record<string, unknown> }>>;
  };
  const operations = Object.entries(document.paths).flatMap(([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ route, method, operation })));

  it("documents 401, 429 and 503 on every token-authenticated operation and 413 on every one with a body", () => {
    for (const { route, method, operation } of operations) {
      if (operation.security?.length === 0) continue;
      const statuses = Object.keys(operation.responses);
      expect(statuses, `${method} ${route}`).toEqual(expect.arrayContaining(["401", "429", "503"]));
      if (operation.requestBody) expect(statuses, `${method} ${route}`).toContain("413");
    }
  });

  // Spectral's OWASP string-limit and array-limit rules also fire on responses, so .spectral.yaml turns them off; this holds them for requests.
  it("bounds every string and array a request may carry", () => {
    const schemas = (buildOpenApiDocument() as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const unbounded: string[] = [];
    const visit = (schema: unknown, where: string, depth = 0): void => {
      if (!schema || typeof schema !== "object" || depth > 20) return;
      const node = schema as Record<string, unknown>;
      if (typeof node.$ref === "string") return visit(schemas[node.$ref.split("/").at(-1) ?? ""], where, depth + 1);
      const types = ([] as unknown[]).concat(node.type ?? []);
      if (types.includes("string") && node.maxLength === undefined && node.enum === undefined && node.const === undefined && node.pattern === undefined) unbounded.push(where);
      if (types.includes("array") && node.maxItems === undefined) unbounded.push(where);
      for (const [key, value] of Object.entries(node)) {
        if (["properties", "$defs"].includes(key) && value && typeof value === "object") for (const [name, child] of Object.entries(value)) visit(child, `${where}.${name}`, depth + 1);
        else if (["items", "additionalProperties", "propertyNames"].includes(key)) visit(value, `${where}[${key}]`, depth + 1);
        else if (["anyOf", "oneOf", "allOf"].includes(key) && Array.isArray(value)) value.forEach((child, index) => visit(child, `${where}|${index}`, depth + 1));
      }
    };
    for (const { route, method, operation } of operations) {
      for (const parameter of operation.parameters ?? []) visit(parameter.schema, `${method} ${route} ${parameter.name}`);
      const content = (operation.requestBody as { content?: Record<string, { schema: unknown }> } | undefined)?.content ?? {};
      for (const [type, { schema }] of Object.entries(content)) visit(schema, `${method} ${route} body(${type})`);
    }
    expect(unbounded).toEqual([]);
  });

  it("names, tags and describes every operation, and documents the path id's format", () => {
    const operationIds = operations.map(({ operation }) => operation.operationId);
    expect(new Set(operationIds).size).toBe(operations.length);
    for (const { route, method, operation } of operations) {
      expect(operation.operationId, `${method} ${route}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags?.length, `${method} ${route}`).toBeGreaterThan(0);
      expect(operation.summary || operation.description, `${method} ${route}`).toBeTruthy();
      for (const [status, response] of Object.entries(operation.responses)) expect((response as { description?: string }).description, `${method} ${route} ${status}`).toBeTruthy();
      const id = operation.parameters?.find((parameter) => parameter.in === "path");
      if (route.includes("{id}")) expect(id?.schema).toMatchObject({ type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
    }
  });
});
