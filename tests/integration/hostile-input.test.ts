// Random and hostile input against every write endpoint: never a 500, never a crash, never a write.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postActivity } from "@/app/api/v1/activity/route";
import { POST as postTeam } from "@/app/api/v1/teams/route";
import { POST as postUser } from "@/app/api/v1/users/route";
import { PUT as putBenchmarks } from "@/app/api/v1/teams/[id]/benchmarks/route";
import { GET as getPriorities } from "@/app/api/v1/reps/[id]/priorities/route";
import { db } from "@/lib/db";
import * as apiSchemas from "@/lib/validation/api";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast } from "../helpers/factories";

let token: string;
let teamId: string;
let repId: string;

beforeAll(async () => {
  const cast = await createOrganizationCast("Hostile");
  token = await createApiToken(cast.organization.id);
  teamId = cast.teamA.id;
  repId = cast.repA1.id;
});

const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("", " ", "\u0000", "\u202e", "\ud800", "💥".repeat(100), "a".repeat(100_000), "<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "__proto__", "constructor", "NaN", "-1", "1e309"),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, hostileString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(hostileString, tie("value"), { maxKeys: 4 })),
})).value;
const pollutingObject = fc.constantFrom(JSON.parse('{"__proto__": {"admin": true}, "name": "x"}'), JSON.parse('{"constructor": {"prototype": {"admin": true}}}'), { name: "x", email: "a@b.co", role: "REP", toString: "boom" });
const deepJson = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

const ALLOWED = new Set([400, 404, 409, 413, 422]);

describe("hostile input never breaks the API", () => {
  it("answers 4xx with the error format to random and hostile JSON bodies", async () => {
    const before = await db.activity.count();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, pollutingObject), async (body) => {
        for (const [handler, options] of [
          [postActivity, {}],
          [postTeam, {}],
          [postUser, {}],
          [putBenchmarks, { method: "PUT", params: { id: teamId } }],
        ] as const) {
          const response = await callApi(handler, { token, json: body, ...options });
          if (response.status === 200 || response.status === 201) continue;
          expect(ALLOWED.has(response.status), `status ${response.status} for ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
          expect(typeof response.json.error?.message).toBe("string");
        }
      }),
      { numRuns: 60 },
    );
    expect(await db.activity.count()).toBe(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("refuses deeply nested JSON and oversized bodies without crashing", async () => {
    const deep = await callApi(postActivity, { token, body: deepJson(100_000), contentType: "application/json" });
    expect(ALLOWED.has(deep.status)).toBe(true);
    const huge = await callApi(postTeam, { token, body: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }), contentType: "application/json" });
    expect(huge.status).toBe(413);
  });

  it("answers 400 or 404 to hostile ids and query strings", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (id, window) => {
        const response = await callApi(getPriorities, { token, params: { id }, query: { window } });
        expect([400, 404]).toContain(response.status);
      }),
      { numRuns: 40 },
    );
    expect((await callApi(getPriorities, { token, params: { id: repId }, query: { window: "90" } })).status).toBe(200);
  });
});

describe("every zod schema of the API", () => {
  it("never throws on any input: it accepts or explains", () => {
    const schemas = Object.entries(apiSchemas as Record<string, unknown>).filter((entry): entry is [string, { safeParse: (value: unknown) => { success: boolean } }] => typeof (entry[1] as { safeParse?: unknown }).safeParse === "function");
    expect(schemas.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.oneof(hostileValue, pollutingObject), (value) => {
        for (const [, schema] of schemas) expect(typeof schema.safeParse(value).success).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
