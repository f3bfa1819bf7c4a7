import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postPeopleImport } from "@/app/api/v1/people/import/route";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { getOrganizationOverview } from "@/lib/server/organization/get-organization-overview";
import { importPeople } from "@/lib/server/people-import/import-people";
import { setTeamRegion } from "@/lib/server/teams/set-team-region";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganization, createOrganizationCast, createUser, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

const ORG_CHART = fs.readFileSync(path.resolve("tests/fixtures/org-chart-40.csv"), "utf8");

let northwindId: string;
let admin: Viewer;
let token: string;
let acme: Awaited<ReturnType<typeof createOrganizationCast>>;
let acmeToken: string;

beforeAll(async () => {
  const northwind = await createOrganization("Northwind");
  northwindId = northwind.id;
  admin = await viewerFor(await createUser(northwindId, "ADMIN", { email: "admin@northwind.test" }));
  token = await createApiToken(northwindId);
  acme = await createOrganizationCast("Acme");
  acmeToken = await createApiToken(acme.organization.id);
});

const importCsv = (csv: string, query: Record<string, string> = {}, withToken = token) => callApi(postPeopleImport, { token: withToken, body: csv, contentType: "text/csv", query });

async function northwindPeople() {
  return db.user.findMany({
    where: { organizationId: northwindId, role: { not: "ADMIN" } },
    select: { email: true, role: true, passwordHash: true, team: { select: { name: true } }, reportsTo: { select: { email: true } } },
    orderBy: { email: "asc" },
  });
}

describe("POST /api/v1/people/import", () => {
  it("with dryRun returns the whole plan and writes nothing", async () => {
    const { status, json } = await importCsv(ORG_CHART, { dryRun: "true" });
    expect(status).toBe(200);
    expect(json).toMatchObject({ dryRun: true, counts: { people: { created: 40, updated: 0, moved: 0, unchanged: 0 }, teams: { created: 5, updated: 0 }, regions: { created: 3 } } });
    expect(json).not.toHaveProperty("fingerprint");
    expect(await db.user.count({ where: { organizationId: northwindId } })).toBe(1);
    expect(await db.team.count({ where: { organizationId: northwindId } })).toBe(0);
  });

  it("imports the 40-person org chart: people, teams with their managers, regions, team history, audit", async () => {
    const { status, json } = await importCsv(ORG_CHART);
    expect(status).toBe(200);
    expect(json.counts).toEqual({ people: { created: 40, updated: 0, moved: 0, unchanged: 0 }, teams: { created: 5, updated: 0 }, regions: { created: 3 } });

    const people = await northwindPeople();
    expect(people).toHaveLength(40);
    expect(people.filter((person) => person.role === "VP").map((person) => person.email)).toEqual(["vivian.park@northwind.test"]);
    expect(people.filter((person) => person.role === "MANAGER").every((person) => person.reportsTo?.email === "vivian.park@northwind.test" && person.team === null)).toBe(true);
    // Imported people have no password until invited.
    expect(people.every((person) => person.passwordHash === null)).toBe(true);
    // A rep named only by their manager (no Department cell) lands on that manager's team.
    expect(people.find((person) => person.email === "sofia.rossi@northwind.test")?.team?.name).toBe("Boston Enterprise");
    expect(people.find((person) => person.email === "jose.diaz@northwind.test")?.team?.name).toBe("Chicago SMB");

    const teams = await db.team.findMany({
      where: { organizationId: northwindId },
      select: { name: true, manager: { select: { email: true } }, region: { select: { name: true } }, _count: { select: { members: true } } },
      orderBy: { name: "asc" },
    });
    expect(teams.map((team) => [team.name, team.manager?.email, team.region?.name, team._count.members])).toEqual([
      ["Boston Enterprise", "marcus.bell@northwind.test", "East", 7],
      ["Chicago SMB", "tomas.herrera@northwind.test", "Central", 7],
      ["Denver Growth", "hannah.okafor@northwind.test", "West", 7],
      ["New York Mid-Market", "priya.natarajan@northwind.test", "East", 7],
      ["San Francisco Enterprise", "kenji.watanabe@northwind.test", "West", 6],
    ]);
    expect(await db.teamMembership.count({ where: { organizationId: northwindId, endedAt: null } })).toBe(34);
    expect(await db.auditLog.count({ where: { organizationId: northwindId, action: "user.created" } })).toBe(40);
    expect(await db.auditLog.count({ where: { organizationId: northwindId, action: "people.imported" } })).toBe(1);
  });

  it("with sendInvitations queues one invitation per person without a password, with the import, and none twice", async () => {
    const csv = "Name,Email,Role,Manager,Team\nIvy Invited,ivy.invited@northwind.test,,Marcus Bell,Boston Enterprise\nUma Uninvited,uma.uninvited@northwind.test,,Marcus Bell,Boston Enterprise\n";
    const { status, json } = await importCsv(csv, { sendInvitations: "true" });
    expect(status).toBe(200);
    expect(json).toMatchObject({ counts: { people: { created: 2 } }, invitationsQueued: 2 });
    const pending = await db.invitation.findMany({ where: { organizationId: northwindId, acceptedAt: null, revokedAt: null }, select: { user: { select: { email: true } } } });
    expect(pending.map((invitation) => invitation.user.email).sort()).toEqual(["ivy.invited@northwind.test", "uma.uninvited@northwind.test"]);
    expect(await db.auditLog.count({ where: { organizationId: northwindId, action: "invitation.sent" } })).toBe(2);
    // Importing again: nobody changed and everyone already has a pending invitation.
    const again = await importCsv(csv, { sendInvitations: "true" });
    expect(again.json).toMatchObject({ counts: { people: { unchanged: 2 } }, invitationsQueued: 0 });
    // A failing import queues nothing.
    expect((await importCsv(`${csv}Bad,not-an-email,,,\n`, { sendInvitations: "true" })).status).toBe(422);
    expect(await db.invitation.count({ where: { organizationId: northwindId } })).toBe(2);
    await db.user.deleteMany({ where: { email: { in: ["ivy.invited@northwind.test", "uma.uninvited@northwind.test"] } } });
  });

  it("is idempotent on email: the same file again leaves everyone alone", async () => {
    const { status, json } = await importCsv(ORG_CHART);
    expect(status).toBe(200);
    expect(json.counts).toEqual({ people: { created: 0, updated: 0, moved: 0, unchanged: 40 }, teams: { created: 0, updated: 0 }, regions: { created: 0 } });
    expect(await db.user.count({ where: { organizationId: northwindId } })).toBe(41);
    expect(await db.teamMembership.count({ where: { organizationId: northwindId } })).toBe(34);
  });

  it("moves a rep, promotes another to lead a new team, and keeps the team history", async () => {
    const csv = [
      "Name,Email,Role,Manager,Team,Region",
      "Ava Thompson,ava.thompson@northwind.test,,Priya Natarajan,New York Mid-Market,",
      "Liam O'Connor,liam.oconnor@northwind.test,MANAGER,Vivian Park,Boston Inside Sales,East",
    ].join("\n");
    const preview = await importCsv(csv, { dryRun: "true" });
    expect(preview.json.counts).toMatchObject({ people: { created: 0, updated: 2, moved: 2, unchanged: 0 }, teams: { created: 1 } });
    expect((preview.json.people as { email: string; changes: string[] }[]).find((person) => person.email === "liam.oconnor@northwind.test")?.changes).toEqual([
      "role: REP → MANAGER",
      "team: Boston Enterprise → none",
      "reports to: nobody → vivian.park@northwind.test",
    ]);
    expect((await importCsv(csv)).status).toBe(200);
    const ava = await db.user.findFirstOrThrow({ where: { email: "ava.thompson@northwind.test" }, select: { id: true, team: { select: { name: true } } } });
    expect(ava.team?.name).toBe("New York Mid-Market");
    const stints = await db.teamMembership.findMany({ where: { userId: ava.id }, select: { team: { select: { name: true } }, endedAt: true }, orderBy: { startedAt: "asc" } });
    expect(stints.map((stint) => [stint.team.name, stint.endedAt === null])).toEqual([
      ["Boston Enterprise", false],
      ["New York Mid-Market", true],
    ]);
    const liam = await db.user.findFirstOrThrow({ where: { email: "liam.oconnor@northwind.test" }, select: { role: true, teamId: true, sessionVersion: true, managedTeams: { select: { name: true, region: { select: { name: true } } } } } });
    expect(liam).toMatchObject({ role: "MANAGER", teamId: null, sessionVersion: 1, managedTeams: [{ name: "Boston Inside Sales", region: { name: "East" } }] });
  });

  it("answers 422 naming every bad row, and writes nothing", async () => {
    const before = await db.auditLog.count({ where: { organizationId: northwindId } });
    const csv = [
      "Full Name,Work Email,Role,Reports To,Department",
      "New Rep,new.rep@northwind.test,,Someone Unknown,Denver Growth",
      "Other Rep,other.rep@northwind.test,REP,vivian.park@northwind.test,Denver Growth",
      "Dup,new.rep@northwind.test,,,",
      "Bad Role,bad.role@northwind.test,Director,,",
    ].join("\n");
    const { status, json } = await importCsv(csv);
    expect(status).toBe(422);
    expect(json.error?.code).toBe("invalid_rows");
    expect(json.error?.message).toBe("4 problems stop the import; nothing was imported");
    expect(json.error?.details).toEqual([
      { path: "2.Reports To", row: 2, column: "Reports To", message: "unknown manager: no one named Someone Unknown in the file or the organization" },
      { path: "3.Reports To", row: 3, column: "Reports To", message: "Vivian Park (vivian.park@northwind.test) is a VP, not a MANAGER: a rep's manager must have the MANAGER role" },
      { path: "4.Work Email", row: 4, column: "Work Email", message: "duplicate email: new.rep@northwind.test is also on row 2" },
      { path: "5.Role", row: 5, column: "Role", message: "role: 'Director' is not a role; use one of REP, MANAGER, VP, ADMIN (or leave it empty for REP)" },
    ]);
    expect(await db.user.count({ where: { email: { in: ["new.rep@northwind.test", "other.rep@northwind.test", "bad.role@northwind.test"] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { organizationId: northwindId } })).toBe(before);
  });

  it("refuses a request that is not CSV (400), one without a token (401) and a bad dryRun (400)", async () => {
    expect((await callApi(postPeopleImport, { token, json: { people: [] } })).status).toBe(400);
    expect((await callApi(postPeopleImport, { token: null, body: ORG_CHART, contentType: "text/csv" })).status).toBe(401);
    expect((await importCsv(ORG_CHART, { dryRun: "maybe" })).status).toBe(400);
  });

  it("another organization's token cannot touch this organization: its emails belong to someone else", async () => {
    const { status, json } = await importCsv(ORG_CHART, {}, acmeToken);
    expect(status).toBe(422);
    expect((json.error?.details as { message: string }[])[0]?.message).toBe("vivian.park@northwind.test belongs to a user of another organization");
    expect(await db.user.count({ where: { organizationId: acme.organization.id, email: { endsWith: "@northwind.test" } } })).toBe(0);
    const vivian = await db.user.findFirstOrThrow({ where: { email: "vivian.park@northwind.test" }, select: { organizationId: true } });
    expect(vivian.organizationId).toBe(northwindId);
  });
});

describe("regions on the VP's organization view", () => {
  it("groups the imported teams by region with a subtotal of each region's reps (the rep promoted to manager no longer counted)", async () => {
    const vivian = await db.user.findFirstOrThrow({ where: { email: "vivian.park@northwind.test" }, select: { id: true, organizationId: true } });
    const overview = await getOrganizationOverview(await viewerFor(vivian), undefined);
    const teamName = new Map(overview.teams.map((team) => [team.id, team.name]));
    expect(overview.regions.map((region) => [region.name, region.teamIds.map((id) => teamName.get(id)).sort(), region.repCount])).toEqual([
      ["Central", ["Chicago SMB"], 7],
      ["East", ["Boston Enterprise", "Boston Inside Sales", "New York Mid-Market"], 13],
      ["West", ["Denver Growth", "San Francisco Enterprise"], 13],
    ]);
    expect(overview.teams.find((team) => team.name === "Boston Inside Sales")?.region?.name).toBe("East");
  });
});

describe("setTeamRegion (the teams page)", () => {
  it("finds a region whatever its case, creates a new one, takes a team out with an empty name", async () => {
    const team = await db.team.findFirstOrThrow({ where: { organizationId: northwindId, name: "Chicago SMB" }, select: { id: true } });
    expect(await setTeamRegion(admin, { teamId: team.id, region: "east" })).toEqual({ changed: true, region: "East" });
    expect(await setTeamRegion(admin, { teamId: team.id, region: "Midwest" })).toEqual({ changed: true, region: "Midwest" });
    expect(await db.region.count({ where: { organizationId: northwindId } })).toBe(4);
    expect(await setTeamRegion(admin, { teamId: team.id, region: null })).toEqual({ changed: true, region: null });
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id }, select: { regionId: true } })).toEqual({ regionId: null });
    expect(await db.auditLog.count({ where: { organizationId: northwindId, action: "team.region_changed", entityId: team.id } })).toBe(3);
  });

  it("is for a signed-in administrator of the team's organization only", async () => {
    expect(await rejection(setTeamRegion(await viewerFor(acme.vp), { teamId: acme.teamA.id, region: "North" }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(setTeamRegion(await viewerFor(acme.admin), { teamId: (await db.team.findFirstOrThrow({ where: { organizationId: northwindId }, select: { id: true } })).id, region: "North" }))).toBeInstanceOf(NotFoundError);
  });
});

describe("importPeople (the settings screen's operation)", () => {
  it("is for administrators only: a VP, a manager and a rep are refused", async () => {
    for (const user of [acme.vp, acme.managerA, acme.repA1]) {
      const viewer = await viewerFor(user);
      expect(await rejection(importPeople(viewer, { csv: ORG_CHART, dryRun: true }))).toBeInstanceOf(ForbiddenError);
    }
  });

  it("imports only the plan that was previewed", async () => {
    const csv = "Name,Email,Team\nNina Novak,nina.novak@northwind.test,Denver Growth\n";
    const preview = await importPeople(admin, { csv, dryRun: true });
    await db.team.update({ where: { organizationId_name: { organizationId: northwindId, name: "Denver Growth" } }, data: { name: "Denver Growth Team" } });
    expect(await rejection(importPeople(admin, { csv, expectedFingerprint: preview.fingerprint }))).toBeInstanceOf(ConflictError);
    const again = await importPeople(admin, { csv, dryRun: true });
    expect(again.teams).toEqual([{ name: "Denver Growth", manager: null, region: null, action: "create", changes: [] }]);
    const outcome = await importPeople(admin, { csv, expectedFingerprint: again.fingerprint });
    expect(outcome.counts.people.created).toBe(1);
  });

  it("refuses to change the importing administrator's own role", async () => {
    const error = await rejection(importPeople(admin, { csv: "Name,Email,Role\nAdmin,admin@northwind.test,REP\n" }));
    expect(error).toBeInstanceOf(UnprocessableRowsError);
    expect((error as UnprocessableRowsError).details).toEqual([{ row: 2, column: "Role", message: "you cannot change your own role with an import" }]);
  });
});
