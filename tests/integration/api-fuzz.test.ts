// Property-based fuzzer of the public API, driven by the OpenAPI document the server serves: for every
// operation, fast-check generates requests (valid, nearly valid and hostile; two organizations' tokens
// and ids) and sends them to the real route handlers on PostgreSQL. It fails on any 5xx, any request
// not answered within 5 s (a liveness guard, not a speed assertion), any error without the envelope,
// any 2xx body that does not match its documented schema (ajv) and any status the document does not
// list for that operation. FUZZ_RUNS (default 1,000) and FUZZ_SEED: `npm run fuzz -- --runs 20000`.
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast } from "../helpers/factories";
import { arbitraryFor, csvBody, hostileRawQuery, hostileString, hostileValue, mutated, type FuzzRequest, type JsonSchema, type Pools } from "../helpers/openapi-fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 16);
const ANSWER_WITHIN_MS = 5_000;
// A fresh token every so many requests keeps the per-token rate limit (documented 429s) from hiding the rest.
const REQUESTS_PER_TOKEN = 400;

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
interface Operation {
  route: string;
  method: string;
  pathParameter: string | null;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: { type: string; schema: JsonSchema } | null;
  statuses: Set<string>;
  validators: Map<string, ValidateFunction>;
  handler: Handler;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown[]; parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> }; responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>>;
  components: { schemas: Record<string, JsonSchema> };
}

let document: OpenApiDocument;
let operations: Operation[] = [];
let pools: Pools;
let errorValidator: ValidateFunction;
const organizationIds = { own: new Set<string>(), other: new Set<string>() };
const tokens: Record<"own" | "other", string[]> = { own: [], other: [] };
let organizations: { own: string; other: string };
let sent = 0;

beforeAll(async () => {
  document = (await (await getOpenApi()).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  const compile = (schema: JsonSchema) => ajv.compile({ ...schema, components: document.components });
  errorValidator = compile({ $ref: "#/components/schemas/Error" });

  const own = await createOrganizationCast("Fuzz own");
  const other = await createOrganizationCast("Fuzz other");
  organizations = { own: own.organization.id, other: other.organization.id };
  const people = (cast: typeof own) => [cast.vp, cast.admin, cast.managerA, cast.managerB, cast.repA1, cast.repA2, cast.repB1];
  for (const [key, cast] of [["own", own], ["other", other]] as const) {
    for (const id of [cast.teamA.id, cast.teamB.id, ...people(cast).map((person) => person.id)]) organizationIds[key].add(id);
  }
  const funnel = await callApi((await import("@/app/api/v1/funnel/route")).GET, { token: await createApiToken(own.organization.id, "fuzz funnel") });
  pools = {
    ids: [...organizationIds.own, ...organizationIds.other, "unknown-id", "x".repeat(64), "x".repeat(65), "a b", "../x", "%00", "\u0000", "é"],
    emails: [...people(own), ...people(other)].map((person) => person.email).concat("ghost@fuzz.test", "ADMIN@FUZZ.TEST", "a@b"),
    stages: (funnel.json.stages as { key: string }[]).map((stage) => stage.key),
    levers: (funnel.json.levers as { key: string }[]).map((lever) => lever.key).concat((funnel.json.ratios as { key: string }[]).map((ratio) => ratio.key)),
  };

  for (const [route, methods] of Object.entries(document.paths)) {
    if (route === "/openapi.json") continue;
    const routeModule = (await import(path.resolve("app/api/v1", `.${route.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts"))) as Record<string, Handler>;
    for (const [method, spec] of Object.entries(methods)) {
      const handler = routeModule[method.toUpperCase()];
      if (!handler) throw new Error(`${method.toUpperCase()} ${route} is documented but its route exports no handler`);
      const [bodyType, bodySpec] = Object.entries(spec.requestBody?.content ?? {})[0] ?? [];
      const validators = new Map<string, ValidateFunction>();
      for (const [status, response] of Object.entries(spec.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        if (status.startsWith("2") && schema) validators.set(status, compile(schema));
      }
      operations.push({
        route,
        method: method.toUpperCase(),
        pathParameter: spec.parameters?.find((parameter) => parameter.in === "path")?.name ?? null,
        query: (spec.parameters ?? []).filter((parameter) => parameter.in === "query").map((parameter) => ({ name: parameter.name, required: parameter.required ?? false, schema: parameter.schema })),
        body: bodyType && bodySpec ? { type: bodyType, schema: bodySpec.schema } : null,
        statuses: new Set(Object.keys(spec.responses)),
        validators,
        handler,
      });
    }
  }
  operations = operations.sort((a, b) => `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`));
}, 120_000);

function resolve(schema: JsonSchema): JsonSchema {
  let node = schema;
  for (let hops = 0; typeof node.$ref === "string" && hops < 10; hops++) node = document.components.schemas[node.$ref.split("/").at(-1) ?? ""] ?? {};
  return node;
}

function requestFor(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const queryValue = (parameter: Operation["query"][number]) => fc.oneof({ weight: 5, arbitrary: arbitraryFor(parameter.schema, parameter.name, pools, resolve) }, { weight: 1, arbitrary: hostileValue });
  // Optional parameters often go together (from and to): all of them, none, or each at random.
  const presence = (parameter: Operation["query"][number], mode: string) => (parameter.required ? 12 : mode === "all" ? 30 : mode === "none" ? 1 : 3);
  const query = fc.constantFrom("all", "none", "random").chain((mode) =>
    fc.tuple(...operation.query.map((parameter) => (presence(parameter, mode) === 1 ? fc.constant(undefined) : fc.option(queryValue(parameter), { nil: undefined, freq: presence(parameter, mode) })).map((value) => [parameter.name, value] as const))),
  ).map((entries) => entries.filter(([, value]) => value !== undefined).map(([name, value]): [string, string] => [name, typeof value === "string" ? value : JSON.stringify(value) ?? ""]));
  const extraQuery = fc.option(fc.tuple(hostileString, hostileString), { nil: undefined, freq: 10 });
  const json = (schema: JsonSchema) => {
    const valid = arbitraryFor(schema, "", pools, resolve);
    return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 4, arbitrary: mutated(valid) }, { weight: 1, arbitrary: hostileValue });
  };
  const body: fc.Arbitrary<{ body: string | null; contentType: string | null }> = !operation.body
    ? fc.constant({ body: null, contentType: null })
    : operation.body.type === "text/csv"
      ? fc.tuple(csvBody(pools), fc.constantFrom("text/csv", "text/csv", "text/csv; charset=utf-8", "application/json", "")).map(([text, type]) => ({ body: text, contentType: type || null }))
      : fc.oneof(
          { weight: 12, arbitrary: json(operation.body.schema).map((value) => ({ body: JSON.stringify(value) ?? "null", contentType: "application/json" })) },
          { weight: 1, arbitrary: fc.constantFrom("{", "", "[", "null", '"x"', "[".repeat(10_000), '{"a":1,"a":2}').map((text) => ({ body: text, contentType: "application/json" })) },
          { weight: 1, arbitrary: json(operation.body.schema).map((value) => ({ body: JSON.stringify(value) ?? "", contentType: "text/plain" })) },
        );
  return fc.record({
    pathId: operation.pathParameter
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...organizationIds.own) }, { weight: 1, arbitrary: fc.constantFrom(...organizationIds.other) }, { weight: 1, arbitrary: fc.constantFrom(...pools.ids) })
      : fc.constant(null),
    query,
    extraQuery,
    rawQuery: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: hostileRawQuery }),
    body,
    token: fc.constantFrom("own", "own", "own", "own", "own", "own", "other", "other", "none", "garbage"),
  }).map(({ pathId, query: entries, extraQuery: extra, rawQuery, body: content, token }) => ({
    method: operation.method,
    route: operation.route,
    pathId,
    query: extra ? [...entries, extra] : entries,
    rawQuery,
    body: content.body,
    contentType: content.contentType,
    token: token as FuzzRequest["token"],
  }));
}

async function tokenFor(kind: "own" | "other"): Promise<string> {
  const index = Math.floor(sent / REQUESTS_PER_TOKEN);
  tokens[kind][index] ??= await createApiToken(organizations[kind], `fuzz ${kind} ${index}`);
  return tokens[kind][index]!;
}

async function send(operation: Operation, request: FuzzRequest): Promise<{ status: number; text: string; headers: Headers }> {
  sent++;
  const url = new URL(`http://localhost/api/v1${operation.route.replace(`{${operation.pathParameter}}`, encodeURIComponent(request.pathId ?? ""))}`);
  for (const [name, value] of request.query) url.searchParams.append(name, value);
  if (request.rawQuery) url.search = `${url.search || "?"}${request.rawQuery}`;
  const headers = new Headers();
  if (request.token === "own" || request.token === "other") headers.set("authorization", `Bearer ${await tokenFor(request.token)}`);
  if (request.token === "garbage") headers.set("authorization", "Bearer cb_garbage");
  if (request.contentType) headers.set("content-type", request.contentType);
  const init: RequestInit = { method: request.method, headers, body: request.body };
  const params = Promise.resolve(operation.pathParameter ? { [operation.pathParameter]: request.pathId ?? "" } : {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS / 1000} s`)), ANSWER_WITHIN_MS);
  });
  try {
    const response = await Promise.race([operation.handler(new Request(url, init), { params }), timeout]);
    return { status: response.status, text: await Promise.race([response.text(), timeout]), headers: response.headers };
  } finally {
    clearTimeout(timer);
  }
}

function describeRequest(request: FuzzRequest): string {
  const clip = (text: string | null) => (text && text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  return JSON.stringify({ ...request, body: clip(request.body), query: request.query.map(([name, value]) => [name, clip(value)]) });
}

/** What is wrong with an answer, or null when it is one the document allows. */
function problemWith(operation: Operation, request: FuzzRequest, answer: { status: number; text: string }): string | null {
  const status = String(answer.status);
  if (answer.status >= 500) return `${status}: ${answer.text.slice(0, 300)}`;
  if (!operation.statuses.has(status)) return `status ${status} is not documented for ${operation.method} ${operation.route} (${[...operation.statuses].join(", ")}): ${answer.text.slice(0, 300)}`;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${status} without a JSON body: ${answer.text.slice(0, 200)}`;
  }
  if (answer.status >= 400) return errorValidator(body) ? null : `${status} without the error envelope: ${answer.text.slice(0, 300)} ${JSON.stringify(errorValidator.errors)}`;
  const validate = operation.validators.get(status);
  if (validate && !validate(body)) return `${status} body does not match its documented schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`;
  // Another organization's id must look unknown: never a 2xx.
  const tokenOrganization = request.token === "own" ? organizationIds.own : request.token === "other" ? organizationIds.other : null;
  if (request.pathId && tokenOrganization && !tokenOrganization.has(request.pathId) && (organizationIds.own.has(request.pathId) || organizationIds.other.has(request.pathId))) {
    return `${status} for another organization's id ${request.pathId}`;
  }
  return null;
}

describe("fuzzing the API from its OpenAPI document", () => {
  it(`answers ${RUNS.toLocaleString("en-US")} generated requests to every operation as documented (seed ${SEED})`, { timeout: Math.max(300_000, RUNS * 500) }, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(14);
    const seenStatuses = new Map<string, Set<number>>();
    const anyRequest = fc.oneof(...operations.map((operation, index) => requestFor(operation).map((request) => ({ operation: index, request }))));
    await fc.assert(
      fc.asyncProperty(anyRequest, async ({ operation: index, request }) => {
        const operation = operations[index]!;
        const answer = await send(operation, request);
        const key = `${operation.method} ${operation.route}`;
        if (!seenStatuses.has(key)) seenStatuses.set(key, new Set());
        seenStatuses.get(key)!.add(answer.status);
        const problem = problemWith(operation, request, answer);
        if (problem) throw new Error(`${key}: ${problem}\nrequest: ${describeRequest(request)}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: RUNS > 5_000 },
    );
    // Every operation was reached, and answered with success at least once (not only refusals).
    const summary = operations.map((operation) => `${operation.method} ${operation.route}: ${[...(seenStatuses.get(`${operation.method} ${operation.route}`) ?? [])].sort().join(" ")}`);
    console.log(`fuzzer: ${sent.toLocaleString("en-US")} requests (seed ${SEED})\n  ${summary.join("\n  ")}`);
    for (const operation of operations) expect(seenStatuses.get(`${operation.method} ${operation.route}`)?.size ?? 0, `${operation.method} ${operation.route} was never reached`).toBeGreaterThan(0);
  });
});
