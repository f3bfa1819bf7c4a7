import { beforeAll, describe, expect, it } from "vitest";
import { GET as getFunnel } from "@/app/api/v1/funnel/route";
import { GET as listTeams, POST as postTeam } from "@/app/api/v1/teams/route";
import { GET as listUsers, POST as postUser } from "@/app/api/v1/users/route";
import { POST as postActivity } from "@/app/api/v1/activity/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganizationCast } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let acmeToken: string;
let globexToken: string;

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  acmeToken = await createApiToken(acme.organization.id);
  globexToken = await createApiToken(globex.organization.id);
});

describe("authentication", () => {
  it("answers 401 without a token, with a malformed header and with an unknown or revoked token", async () => {
    expect((await callApi(getFunnel, { token: null })).status).toBe(401);
    expect((await callApi(getFunnel, { token: "cb_not-a-real-token" })).status).toBe(401);
    const revoked = await createApiToken(acme.organization.id, "revoked");
    await db.apiToken.updateMany({ where: { organizationId: acme.organization.id, name: "revoked" }, data: { revokedAt: new Date() } });
    const response = await callApi(getFunnel, { token: revoked });
    expect(response.status).toBe(401);
    expect(response.json.error?.code).toBe("unauthenticated");
  });

  it("records when a token was last used", async () => {
    await callApi(getFunnel, { token: acmeToken });
    const row = await db.apiToken.findFirst({ where: { organizationId: acme.organization.id, name: "test token" }, select: { lastUsedAt: true } });
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("GET /api/v1/funnel", () => {
  it("lists the stages in order with the ratio keys between them", async () => {
    const { status, json } = await callApi(getFunnel, { token: acmeToken });
    expect(status).toBe(200);
    expect((json.stages as { key: string }[]).map((stage) => stage.key)).toEqual(["dials", "conversations", "meetings", "opportunities", "proposals", "won"]);
    expect((json.ratios as { key: string }[])[0]).toEqual({ key: "dials_to_conversations", from: "dials", to: "conversations" });
    expect((json.levers as { key: string }[]).map((lever) => lever.key)).toContain("deal_size");
  });
});

describe("teams", () => {
  it("lists only the token's organization's teams", async () => {
    const { json } = await callApi(listTeams, { token: acmeToken });
    expect((json.teams as { id: string }[]).map((team) => team.id).sort()).toEqual([acme.teamA.id, acme.teamB.id].sort());
  });

  it("creates a team with its manager (201), refuses a duplicate name (409) and a non-manager (400)", async () => {
    const created = await callApi(postTeam, { token: acmeToken, json: { name: "Enterprise North", managerEmail: acme.managerA.email } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Enterprise North", managerId: acme.managerA.id, managerEmail: acme.managerA.email });
    expect((await callApi(postTeam, { token: acmeToken, json: { name: "Enterprise North" } })).status).toBe(409);
    const notManager = await callApi(postTeam, { token: acmeToken, json: { name: "Other", managerEmail: acme.repA1.email } });
    expect(notManager.status).toBe(400);
    expect(notManager.json.error?.message).toMatch(/managerEmail/);
    const foreignManager = await callApi(postTeam, { token: acmeToken, json: { name: "Other", managerEmail: globex.managerA.email } });
    expect(foreignManager.status).toBe(400);
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "team.created" } })).toBe(1);
  });

  it("rejects bad input naming the field, unknown fields, non-JSON and a wrong content type", async () => {
    const empty = await callApi(postTeam, { token: acmeToken, json: { name: "" } });
    expect(empty.status).toBe(400);
    expect(empty.json.error?.message).toMatch(/^name: /);
    expect((await callApi(postTeam, { token: acmeToken, json: { name: "X", extra: 1 } })).status).toBe(400);
    expect((await callApi(postTeam, { token: acmeToken, body: "{not json", contentType: "application/json" })).status).toBe(400);
    expect((await callApi(postTeam, { token: acmeToken, body: "name=x", contentType: "application/x-www-form-urlencoded" })).status).toBe(400);
  });
});

describe("users", () => {
  it("provisions idempotently on email: 201, then 200 with the same id and no duplicate", async () => {
    const body = { email: "New.Rep@Acme.test", name: "New Rep", role: "REP", teamId: acme.teamA.id };
    const first = await callApi(postUser, { token: acmeToken, json: body });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ email: "new.rep@acme.test", role: "REP", teamId: acme.teamA.id, active: true });
    const again = await callApi(postUser, { token: acmeToken, json: body });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    expect(await db.user.count({ where: { email: "new.rep@acme.test" } })).toBe(1);
    const moved = await callApi(postUser, { token: acmeToken, json: { ...body, teamId: acme.teamB.id } });
    expect(moved.json.teamId).toBe(acme.teamB.id);
  });

  it("answers 404 for another organization's team and 409 for another organization's email", async () => {
    expect((await callApi(postUser, { token: acmeToken, json: { email: "x@acme.test", name: "X", role: "REP", teamId: globex.teamA.id } })).status).toBe(404);
    expect((await callApi(postUser, { token: acmeToken, json: { email: globex.repA1.email, name: "X", role: "REP" } })).status).toBe(409);
    expect((await callApi(postUser, { token: acmeToken, json: { email: "x@acme.test", name: "X", role: "OWNER" } })).status).toBe(400);
  });

  it("lists only the token's organization's users, without password hashes", async () => {
    const { json } = await callApi(listUsers, { token: globexToken });
    const users = json.users as Record<string, unknown>[];
    expect(users.every((user) => !("passwordHash" in user))).toBe(true);
    expect(users.map((user) => user.id)).not.toContain(acme.repA1.id);
  });
});

describe("POST /api/v1/activity", () => {
  const day = "2026-01-05";

  it("upserts per rep, date and stage; re-posting the same batch changes nothing", async () => {
    const batch = [
      { repEmail: acme.repA1.email, date: day, stage: "dials", count: 40 },
      { repEmail: acme.repA1.email, date: day, stage: "conversations", count: 5 },
      { repEmail: acme.repA1.email, date: day, stage: "won", count: 1 },
      { repEmail: acme.repA1.email, date: day, stage: "revenue", count: 1234.5 },
    ];
    const first = await callApi(postActivity, { token: acmeToken, json: batch });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ received: 4, inserted: 4, updated: 0, unchanged: 0 });
    const again = await callApi(postActivity, { token: acmeToken, json: batch });
    expect(again.json).toEqual({ received: 4, inserted: 0, updated: 0, unchanged: 4 });
    const corrected = await callApi(postActivity, { token: acmeToken, json: [{ ...batch[0], count: 42 }] });
    expect(corrected.json).toEqual({ received: 1, inserted: 0, updated: 1, unchanged: 0 });
    const revenue = await db.activity.findFirst({ where: { repId: acme.repA1.id, stage: "revenue" }, select: { value: true } });
    expect(revenue?.value).toBe(BigInt(123450));
  });

  it("writes nothing when one row fails and reports every failing row (422)", async () => {
    const before = await db.activity.count({ where: { organizationId: acme.organization.id } });
    const response = await callApi(postActivity, {
      token: acmeToken,
      json: [
        { repEmail: acme.repA2.email, date: "2026-01-06", stage: "dials", count: 10 },
        { repEmail: "ghost@acme.test", date: "2026-01-06", stage: "dials", count: 10 },
        { repEmail: acme.repA2.email, date: "2026-01-06", stage: "smoke_signals", count: 1 },
        { repEmail: acme.repA2.email, date: "2999-01-01", stage: "dials", count: 1 },
        { repEmail: acme.repA2.email, date: "2026-01-06", stage: "dials", count: -1 },
        { repEmail: acme.repA2.email, date: "2026-02-30", stage: "dials", count: 1 },
        { repEmail: acme.repA2.email, date: "2026-01-06", stage: "dials", count: 11 },
      ],
    });
    expect(response.status).toBe(422);
    const details = response.json.error?.details as { row: number; column: string | null; message: string }[];
    expect(details.map((detail) => [detail.row, detail.column])).toEqual([
      [2, "repEmail"],
      [3, "stage"],
      [4, "date"],
      [5, "count"],
      [6, "date"],
      [7, null],
    ]);
    expect(details[5]?.message).toMatch(/duplicates row 1/);
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(before);
  });

  it("refuses revenue on a day without a deal won, whether the batch or what was there leaves it so, and writes nothing", async () => {
    const date = "2026-01-07";
    const before = await db.activity.count({ where: { organizationId: acme.organization.id } });
    const alone = await callApi(postActivity, {
      token: acmeToken,
      json: [
        { repEmail: acme.repA2.email, date, stage: "dials", count: 30 },
        { repEmail: acme.repA2.email, date, stage: "revenue", count: 9000 },
      ],
    });
    expect(alone.status).toBe(422);
    const details = alone.json.error?.details as { row: number; column: string | null; message: string }[];
    expect(details).toEqual([{ row: 2, column: "count", path: "2.count", message: `$9,000 of revenue on 2026-01-07 for ${acme.repA2.email} needs at least 1 in 'won' that day; record the deals won too` }]);
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(before);

    // With a deal won the same revenue goes in; a later batch that takes the win away is refused on its own row.
    const earned = await callApi(postActivity, {
      token: acmeToken,
      json: [
        { repEmail: acme.repA2.email, date, stage: "won", count: 1 },
        { repEmail: acme.repA2.email, date, stage: "revenue", count: 9000 },
      ],
    });
    expect(earned.status).toBe(200);
    const unwon = await callApi(postActivity, { token: acmeToken, json: [{ repEmail: acme.repA2.email, date, stage: "won", count: 0 }] });
    expect(unwon.status).toBe(422);
    expect((unwon.json.error?.details as { row: number; column: string | null }[]).map((detail) => [detail.row, detail.column])).toEqual([[1, "stage"]]);
    const won = await db.activity.findFirst({ where: { repId: acme.repA2.id, stage: "won", day: new Date(`${date}T00:00:00Z`) }, select: { value: true } });
    expect(won?.value).toBe(BigInt(1));
  });

  it("cannot write for another organization's rep (reported as unknown)", async () => {
    const response = await callApi(postActivity, { token: acmeToken, json: [{ repEmail: globex.repA1.email, date: day, stage: "dials", count: 1 }] });
    expect(response.status).toBe(422);
    expect(await db.activity.count({ where: { repId: globex.repA1.id } })).toBe(0);
  });

  it("answers 400 for an empty batch and 413 over the body limit", async () => {
    expect((await callApi(postActivity, { token: acmeToken, json: [] })).status).toBe(400);
    const huge = "x".repeat(9 * 1024 * 1024);
    expect((await callApi(postActivity, { token: acmeToken, body: JSON.stringify([huge]), contentType: "application/json" })).status).toBe(413);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every endpoint with schemas generated from zod", async () => {
    const response = await getOpenApi();
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>; components: { schemas: Record<string, { required?: string[] }> } };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/activity", "/activity/import", "/deals/import", "/funnel", "/goals", "/invitations", "/openapi.json", "/people/import", "/reps/{id}/deals", "/reps/{id}/priorities", "/reps/{id}/quota", "/reps/{id}/reverse-funnel", "/teams", "/teams/{id}/benchmarks", "/teams/{id}/deals", "/users"].sort());
    const reference = document.paths["/users"]?.post?.requestBody?.content["application/json"]?.schema.$ref ?? "";
    expect(reference).toBe("#/components/schemas/ProvisionUserInput");
    expect(document.components.schemas[reference.split("/").at(-1) ?? ""]?.required).toEqual(["email", "name", "role"]);
  });
});
