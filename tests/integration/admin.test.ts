// The ADMIN's organization administration (users, teams, funnel, settings, audit log, export):
// role and tenant rules, history kept on moves, all-or-nothing merges, one audit record per write.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportToCsvZip, exportToJson } from "@/lib/export/organization-files";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { exportOrganizationData } from "@/lib/server/export/export-organization-data";
import { addFunnelStage } from "@/lib/server/funnel/add-funnel-stage";
import { deleteFunnelStage } from "@/lib/server/funnel/delete-funnel-stage";
import { getFunnelEditor } from "@/lib/server/funnel/get-funnel-editor";
import { mergeFunnelStage } from "@/lib/server/funnel/merge-funnel-stage";
import { moveFunnelStage } from "@/lib/server/funnel/move-funnel-stage";
import { renameFunnelStage } from "@/lib/server/funnel/rename-funnel-stage";
import { updateOrganizationSettings } from "@/lib/server/organization/update-organization-settings";
import { createTeam } from "@/lib/server/teams/create-team";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { setTeamManager } from "@/lib/server/teams/set-team-manager";
import { addUser } from "@/lib/server/users/add-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { getUserDirectory } from "@/lib/server/users/get-user-directory";
import { moveUserToTeam } from "@/lib/server/users/move-user-to-team";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { loadViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { parseAuditLogFilters } from "@/lib/validation/audit";
import { organizationSettingsFormSchema } from "@/lib/validation/organization";
import { addUserSchema } from "@/lib/validation/users";
import { createOrganizationCast, createUser, TEST_PASSWORD, viewerFor } from "../helpers/factories";
import { dayKey } from "@/lib/calendar/days";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let admin: Viewer;

const NEW_PASSWORD = "a long enough initial password";
const day = (value: string) => new Date(`${value}T00:00:00Z`);

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  admin = await viewerFor(acme.admin);
});

/** Runs one write and checks it left exactly one audit record, with the given action, in the organization. */
async function expectOneAudit<T>(organizationId: string, action: string, write: () => Promise<T>): Promise<T> {
  const before = await db.auditLog.count({ where: { organizationId } });
  const result = await write();
  const records = await db.auditLog.findMany({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: (await db.auditLog.count({ where: { organizationId } })) - before, select: { action: true } });
  expect(records.map((record) => record.action)).toEqual([action]);
  return result;
}

async function stageIds(organizationId: string) {
  const stages = await db.funnelStage.findMany({ where: { organizationId }, select: { id: true, key: true, position: true }, orderBy: { position: "asc" } });
  return { stages, id: (key: string) => stages.find((stage) => stage.key === key)?.id ?? "missing" };
}

describe("only an ADMIN administers the organization", () => {
  it("refuses REP, MANAGER and VP with ForbiddenError on every operation", async () => {
    const { id } = await stageIds(acme.organization.id);
    for (const user of [acme.repA1, acme.managerA, acme.vp]) {
      const viewer = await viewerFor(user);
      const attempts: (() => Promise<unknown>)[] = [
        () => addUser(viewer, { name: "X", email: "x-forbidden@example.test", role: "REP", teamId: null, password: NEW_PASSWORD }),
        () => changeUserRole(viewer, { userId: acme.repA2.id, role: "MANAGER" }),
        () => moveUserToTeam(viewer, { userId: acme.repA2.id, teamId: acme.teamB.id }),
        () => deactivateUser(viewer, { userId: acme.repA2.id }),
        () => reactivateUser(viewer, { userId: acme.repA2.id }),
        () => getUserDirectory(viewer),
        () => renameTeam(viewer, { teamId: acme.teamA.id, name: "Renamed" }),
        () => setTeamManager(viewer, { teamId: acme.teamA.id, managerId: null }),
        () => addFunnelStage(viewer, { label: "Demos" }),
        () => renameFunnelStage(viewer, { stageId: id("dials"), label: "Calls" }),
        () => moveFunnelStage(viewer, { stageId: id("dials"), direction: "down" }),
        () => deleteFunnelStage(viewer, { stageId: id("won") }),
        () => mergeFunnelStage(viewer, { stageId: id("meetings"), targetStageId: id("conversations") }),
        () => getFunnelEditor(viewer),
        () => updateOrganizationSettings(viewer, { name: "Hijacked", currency: "USD", timeZone: "UTC", dateStyle: "MDY", fiscalYearStartMonth: 1, gradeAThreshold: 1, gradeBThreshold: 0.7, confidenceThreshold: 0.8, defaultCadence: "BIWEEKLY" }),
        () => listAuditLog(viewer, {}),
        () => exportOrganizationData(viewer, "json"),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: acme.repA2.id }, select: { active: true, role: true, teamId: true } })).toEqual({ active: true, role: "REP", teamId: acme.teamA.id });
    expect(await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { name: true } })).toEqual({ name: "Acme" });
  });

  it("answers NotFound for another organization's users, teams, stages and tokens, and changes nothing there", async () => {
    const foreign = await stageIds(globex.organization.id);
    const own = await stageIds(acme.organization.id);
    const globexAdmin = await viewerFor(globex.admin);
    const foreignToken = await createApiToken(globexAdmin, { name: "globex" });
    const attempts: (() => Promise<unknown>)[] = [
      () => changeUserRole(admin, { userId: globex.repA1.id, role: "MANAGER" }),
      () => moveUserToTeam(admin, { userId: globex.repA1.id, teamId: acme.teamA.id }),
      () => moveUserToTeam(admin, { userId: acme.repA1.id, teamId: globex.teamA.id }),
      () => deactivateUser(admin, { userId: globex.repA1.id }),
      () => reactivateUser(admin, { userId: globex.repA1.id }),
      () => addUser(admin, { name: "X", email: "x-foreign-team@example.test", role: "REP", teamId: globex.teamA.id, password: NEW_PASSWORD }),
      () => renameTeam(admin, { teamId: globex.teamA.id, name: "Mine now" }),
      () => setTeamManager(admin, { teamId: globex.teamA.id, managerId: acme.managerA.id }),
      () => setTeamManager(admin, { teamId: acme.teamA.id, managerId: globex.managerA.id }),
      () => renameFunnelStage(admin, { stageId: foreign.id("dials"), label: "Mine" }),
      () => moveFunnelStage(admin, { stageId: foreign.id("dials"), direction: "down" }),
      () => deleteFunnelStage(admin, { stageId: foreign.id("won") }),
      () => mergeFunnelStage(admin, { stageId: foreign.id("meetings"), targetStageId: own.id("conversations") }),
      () => mergeFunnelStage(admin, { stageId: own.id("meetings"), targetStageId: foreign.id("conversations") }),
      () => addFunnelStage(admin, { label: "Demos", after: foreign.id("dials") }),
      () => revokeApiToken(admin, foreignToken.id),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.findUniqueOrThrow({ where: { id: globex.repA1.id }, select: { active: true, role: true } })).toEqual({ active: true, role: "REP" });
    expect(await db.team.findUniqueOrThrow({ where: { id: globex.teamA.id }, select: { name: true, managerId: true } })).toEqual({ name: "Team A", managerId: globex.managerA.id });
    expect((await stageIds(globex.organization.id)).stages.map((stage) => stage.key)).toEqual(["dials", "conversations", "meetings", "opportunities", "proposals", "won"]);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: foreignToken.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
  });
});

describe("users", () => {
  it("adds a user with a hashed initial password that signs in", async () => {
    const input = addUserSchema.parse({ name: "Casey Park", email: "Casey.Park@Example.test", role: "REP", teamId: acme.teamB.id, password: NEW_PASSWORD });
    const user = await expectOneAudit(acme.organization.id, "user.created", () => addUser(admin, input));
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true, teamId: true, memberships: { select: { teamId: true, endedAt: true } } } });
    expect(stored).toMatchObject({ email: "casey.park@example.test", teamId: acme.teamB.id, memberships: [{ teamId: acme.teamB.id, endedAt: null }] });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: acme.organization.id, action: "user.created", entityId: user.id }, select: { after: true } });
    expect(JSON.stringify(audit.after)).not.toContain("scrypt");
    expect((await verifyCredentials({ email: "casey.park@example.test", password: NEW_PASSWORD, ip: "10.9.0.1" })).status).toBe("ok");
  });

  it("refuses a weak password, a taken email and a team for a non-rep, naming the field", async () => {
    const weak = addUserSchema.safeParse({ name: "Weak", email: "weak@example.test", role: "REP", password: "short" });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues[0]?.path).toEqual(["password"]);
    await expect(addUser(admin, { name: "Dup", email: acme.repA1.email, role: "REP", teamId: null, password: NEW_PASSWORD })).rejects.toMatchObject({ fieldErrors: { email: ["is already used by another account"] } });
    await expect(addUser(admin, { name: "Mgr", email: "mgr-team@example.test", role: "MANAGER", teamId: acme.teamA.id, password: NEW_PASSWORD })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("deactivation blocks sign-in and ends the session at once; reactivation restores sign-in", async () => {
    const rep = await createUser(acme.organization.id, "REP", { teamId: acme.teamA.id });
    expect(await loadViewer(rep.id, acme.organization.id, 0)).not.toBeNull();
    await expectOneAudit(acme.organization.id, "user.deactivated", () => deactivateUser(admin, { userId: rep.id }));
    const stored = await db.user.findUniqueOrThrow({ where: { id: rep.id }, select: { active: true, deactivatedAt: true, sessionVersion: true, teamId: true } });
    expect(stored).toMatchObject({ active: false, sessionVersion: 1, teamId: acme.teamA.id });
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    expect(await loadViewer(rep.id, acme.organization.id, 0)).toBeNull();
    expect(await loadViewer(rep.id, acme.organization.id, 1)).toBeNull();
    expect(await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.9.0.2" })).toEqual({ status: "invalid" });
    // Deactivating twice is not a second change.
    expect(await deactivateUser(admin, { userId: rep.id })).toEqual({ changed: false });

    await expectOneAudit(acme.organization.id, "user.reactivated", () => reactivateUser(admin, { userId: rep.id }));
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.9.0.3" })).status).toBe("ok");
    // The session that was open before the deactivation stays ended.
    expect(await loadViewer(rep.id, acme.organization.id, 0)).toBeNull();
    expect(await loadViewer(rep.id, acme.organization.id, 1)).not.toBeNull();
  });

  it("a role change ends sessions, and a rep who changes role leaves their team with the history kept", async () => {
    const rep = await createUser(acme.organization.id, "REP", { teamId: acme.teamA.id });
    await db.teamMembership.create({ data: { organizationId: acme.organization.id, userId: rep.id, teamId: acme.teamA.id } });
    await expectOneAudit(acme.organization.id, "user.role_changed", () => changeUserRole(admin, { userId: rep.id, role: "MANAGER" }));
    expect(await loadViewer(rep.id, acme.organization.id, 0)).toBeNull();
    expect(await loadViewer(rep.id, acme.organization.id, 1)).toMatchObject({ role: "MANAGER", teamId: null });
    expect(await db.teamMembership.findMany({ where: { userId: rep.id }, select: { teamId: true, endedAt: true } })).toEqual([{ teamId: acme.teamA.id, endedAt: expect.any(Date) }]);
  });

  it("refuses to let an admin lock themself out or leave a team without its manager", async () => {
    await expect(deactivateUser(admin, { userId: acme.admin.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(changeUserRole(admin, { userId: acme.admin.id, role: "REP" })).rejects.toBeInstanceOf(ConflictError);
    await expect(deactivateUser(admin, { userId: acme.managerB.id })).rejects.toThrow(/manages Team B/);
    await expect(changeUserRole(admin, { userId: acme.managerB.id, role: "REP" })).rejects.toThrow(/manages Team B/);
  });

  it("moving a rep closes one membership and opens another; their activity stays with them", async () => {
    const rep = await createUser(acme.organization.id, "REP", { teamId: acme.teamA.id });
    await db.activity.createMany({
      data: [
        { organizationId: acme.organization.id, repId: rep.id, day: day("2026-01-05"), stage: "dials", value: 40n },
        { organizationId: acme.organization.id, repId: rep.id, day: day("2026-01-06"), stage: "dials", value: 35n },
      ],
    });
    // The factory put the rep on team A without a membership row: the move records that stint too.
    await expectOneAudit(acme.organization.id, "user.team_changed", () => moveUserToTeam(admin, { userId: rep.id, teamId: acme.teamB.id }));
    await expectOneAudit(acme.organization.id, "user.team_changed", () => moveUserToTeam(admin, { userId: rep.id, teamId: acme.teamA.id }));
    const memberships = await db.teamMembership.findMany({ where: { userId: rep.id }, select: { teamId: true, startedAt: true, endedAt: true }, orderBy: { startedAt: "asc" } });
    expect(memberships.map((row) => [row.teamId, row.endedAt === null])).toEqual([
      [acme.teamA.id, false],
      [acme.teamB.id, false],
      [acme.teamA.id, true],
    ]);
    expect(memberships[1]?.endedAt?.getTime()).toBe(memberships[2]?.startedAt.getTime());
    expect(await db.user.findUniqueOrThrow({ where: { id: rep.id }, select: { teamId: true } })).toEqual({ teamId: acme.teamA.id });
    expect(await db.activity.aggregate({ where: { repId: rep.id }, _sum: { value: true } })).toEqual({ _sum: { value: 75n } });
    // Moving to the team they are on is no change and no audit record.
    const before = await db.auditLog.count({ where: { organizationId: acme.organization.id } });
    expect(await moveUserToTeam(admin, { userId: rep.id, teamId: acme.teamA.id })).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id } })).toBe(before);
  });
});

describe("teams", () => {
  it("creates, renames and sets a manager, one audit record each", async () => {
    const manager = await createUser(acme.organization.id, "MANAGER");
    const team = await expectOneAudit(acme.organization.id, "team.created", () => createTeam(admin, { name: "Central" }));
    await expectOneAudit(acme.organization.id, "team.renamed", () => renameTeam(admin, { teamId: team.id, name: "Central Mid-Market" }));
    await expectOneAudit(acme.organization.id, "team.manager_changed", () => setTeamManager(admin, { teamId: team.id, managerId: manager.id }));
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id }, select: { name: true, managerId: true } })).toEqual({ name: "Central Mid-Market", managerId: manager.id });
  });

  it("refuses a taken name and a manager who is not an active sales manager", async () => {
    await expect(renameTeam(admin, { teamId: acme.teamA.id, name: "Team B" })).rejects.toMatchObject({ fieldErrors: { name: ["a team with this name already exists"] } });
    await expect(setTeamManager(admin, { teamId: acme.teamA.id, managerId: acme.repA1.id })).rejects.toMatchObject({ fieldErrors: { managerId: ["must be an active sales manager"] } });
  });
});

describe("funnel", () => {
  it("adds a stage with a key from its label, renames it without changing the key, moves and deletes it", async () => {
    const organizationId = acme.organization.id;
    const { id } = await stageIds(organizationId);
    const demo = await expectOneAudit(organizationId, "funnel_stage.added", () => addFunnelStage(admin, { label: "Product demos", after: id("meetings") }));
    expect(demo.key).toBe("product_demos");
    await expect(addFunnelStage(admin, { label: "product DEMOS" })).rejects.toMatchObject({ fieldErrors: { label: ["another stage already has this name"] } });
    expect((await stageIds(organizationId)).stages.map((stage) => [stage.key, stage.position])).toEqual([
      ["dials", 0],
      ["conversations", 1],
      ["meetings", 2],
      ["product_demos", 3],
      ["opportunities", 4],
      ["proposals", 5],
      ["won", 6],
    ]);
    await expectOneAudit(organizationId, "funnel_stage.renamed", () => renameFunnelStage(admin, { stageId: demo.id, label: "Demos held" }));
    await expectOneAudit(organizationId, "funnel_stage.moved", () => moveFunnelStage(admin, { stageId: demo.id, direction: "up" }));
    expect((await stageIds(organizationId)).stages.map((stage) => stage.key).slice(1, 4)).toEqual(["conversations", "product_demos", "meetings"]);
    await expect(moveFunnelStage(admin, { stageId: id("dials"), direction: "up" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.funnelStage.findUniqueOrThrow({ where: { id: demo.id }, select: { key: true, label: true } })).toEqual({ key: "product_demos", label: "Demos held" });
    await expectOneAudit(organizationId, "funnel_stage.deleted", () => deleteFunnelStage(admin, { stageId: demo.id }));
    expect((await stageIds(organizationId)).stages.map((stage) => [stage.key, stage.position])).toEqual([
      ["dials", 0],
      ["conversations", 1],
      ["meetings", 2],
      ["opportunities", 3],
      ["proposals", 4],
      ["won", 5],
    ]);
  });

  it("refuses to delete a stage that holds activity or whose ratios a competency or benchmark uses", async () => {
    const organizationId = acme.organization.id;
    const { id } = await stageIds(organizationId);
    await db.activity.create({ data: { organizationId, repId: acme.repA1.id, day: day("2026-02-02"), stage: "won", value: 1n } });
    await expect(deleteFunnelStage(admin, { stageId: id("won") })).rejects.toThrow(/holds 1 activity rows; merge/);
    await expect(deleteFunnelStage(admin, { stageId: id("meetings") })).rejects.toThrow(/competency 'Discovery'|benchmarks/);
    const editor = await getFunnelEditor(admin);
    expect(editor.stages.find((stage) => stage.key === "won")).toMatchObject({ activityRows: 1 });
    expect(editor.stages.find((stage) => stage.key === "meetings")?.benchmarks).toBeGreaterThan(0);
  });

  it("merges a stage: sums values per rep and day, drops the source's lever keys, in one audited transaction", async () => {
    const cast = await createOrganizationCast("Merge Co");
    const organizationId = cast.organization.id;
    const mergeAdmin = await viewerFor(cast.admin);
    const { id } = await stageIds(organizationId);
    await db.activity.createMany({
      data: [
        { organizationId, repId: cast.repA1.id, day: day("2026-03-02"), stage: "conversations", value: 5n },
        { organizationId, repId: cast.repA1.id, day: day("2026-03-02"), stage: "meetings", value: 3n },
        { organizationId, repId: cast.repA1.id, day: day("2026-03-03"), stage: "meetings", value: 2n },
        { organizationId, repId: cast.repB1.id, day: day("2026-03-02"), stage: "meetings", value: 4n },
        { organizationId, repId: cast.repB1.id, day: day("2026-03-02"), stage: "dials", value: 50n },
      ],
    });
    const result = await expectOneAudit(organizationId, "funnel_stage.merged", () => mergeFunnelStage(mergeAdmin, { stageId: id("meetings"), targetStageId: id("conversations") }));
    expect(result.movedRows).toBe(3);
    const activity = await db.activity.findMany({ where: { organizationId }, select: { repId: true, day: true, stage: true, value: true }, orderBy: [{ repId: "asc" }, { day: "asc" }, { stage: "asc" }] });
    expect(activity.map((row) => [row.repId, dayKey(row.day), row.stage, row.value]).sort()).toEqual(
      [
        [cast.repA1.id, "2026-03-02", "conversations", 8n],
        [cast.repA1.id, "2026-03-03", "conversations", 2n],
        [cast.repB1.id, "2026-03-02", "conversations", 4n],
        [cast.repB1.id, "2026-03-02", "dials", 50n],
      ].sort(),
    );
    expect((await stageIds(organizationId)).stages.map((stage) => [stage.key, stage.position])).toEqual([
      ["dials", 0],
      ["conversations", 1],
      ["opportunities", 2],
      ["proposals", 3],
      ["won", 4],
    ]);
    expect(await db.benchmark.count({ where: { organizationId, leverKey: { in: ["conversations_to_meetings", "meetings_to_opportunities"] } } })).toBe(0);
    expect(await db.benchmark.count({ where: { organizationId, leverKey: "dials_to_conversations" } })).toBe(1);
    expect(await db.competency.count({ where: { organizationId, leverKey: { in: ["conversations_to_meetings", "meetings_to_opportunities"] } } })).toBe(0);
    expect(result.clearedCompetencies.length).toBe(2);
    expect(result.droppedBenchmarks.map((row) => row.leverKey).sort()).toEqual(["conversations_to_meetings", "meetings_to_opportunities"]);
    // The competencies stay, waiting to be tied to a ratio again; the editor lists no dangling keys.
    expect(await db.competency.count({ where: { organizationId, id: { in: result.clearedCompetencies.map((row) => row.id) } } })).toBe(2);
    expect((await getFunnelEditor(mergeAdmin)).unmatchedLeverKeys).toEqual([]);
  });

  it("a merge that fails part-way changes nothing: activity, stages, benchmarks, competencies and the audit log stay", async () => {
    const cast = await createOrganizationCast("Atomic Co");
    const organizationId = cast.organization.id;
    const mergeAdmin = await viewerFor(cast.admin);
    const { id } = await stageIds(organizationId);
    await db.activity.createMany({
      data: [
        { organizationId, repId: cast.repA1.id, day: day("2026-03-02"), stage: "meetings", value: 3n },
        { organizationId, repId: cast.repA1.id, day: day("2026-03-03"), stage: "meetings", value: 2n },
        { organizationId, repId: cast.repA1.id, day: day("2026-03-02"), stage: "conversations", value: 7n },
        { organizationId, repId: cast.repA1.id, day: day("2026-03-03"), stage: "conversations", value: 9223372036854775807n },
      ],
    });
    const snapshot = async () => ({
      activity: await db.activity.findMany({ where: { organizationId }, select: { day: true, stage: true, value: true }, orderBy: [{ day: "asc" }, { stage: "asc" }] }),
      stages: (await stageIds(organizationId)).stages,
      benchmarks: await db.benchmark.count({ where: { organizationId } }),
      competencies: await db.competency.findMany({ where: { organizationId }, select: { id: true, leverKey: true }, orderBy: { id: "asc" } }),
      audit: await db.auditLog.count({ where: { organizationId } }),
    });
    const before = await snapshot();
    // The largest bigint + 2 overflows after the lever keys were already dropped in the transaction.
    await expect(mergeFunnelStage(mergeAdmin, { stageId: id("meetings"), targetStageId: id("conversations") })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    await expect(mergeFunnelStage(mergeAdmin, { stageId: id("meetings"), targetStageId: id("meetings") })).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("organization settings", () => {
  const valid = { name: "Acme Software", currency: "eur", timeZone: "Europe/Berlin", dateStyle: "DMY", fiscalYearStartMonth: "4", gradeAThreshold: "110", gradeBThreshold: "75", confidenceThreshold: "85", defaultCadence: "WEEKLY" };

  it("saves the settings, thresholds typed as percentages and stored as fractions, auditing what changed", async () => {
    const input = organizationSettingsFormSchema.parse(valid);
    const result = await expectOneAudit(acme.organization.id, "organization.updated", () => updateOrganizationSettings(admin, input));
    expect(result.changed).toEqual(expect.arrayContaining(["name", "currency", "timeZone", "gradeAThreshold"]));
    expect(await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { currency: true, timeZone: true, dateStyle: true, fiscalYearStartMonth: true, gradeAThreshold: true, gradeBThreshold: true, confidenceThreshold: true, defaultCadence: true } })).toEqual({
      currency: "EUR",
      timeZone: "Europe/Berlin",
      dateStyle: "DMY",
      fiscalYearStartMonth: 4,
      gradeAThreshold: 1.1,
      gradeBThreshold: 0.75,
      confidenceThreshold: 0.85,
      defaultCadence: "WEEKLY",
    });
  });

  it("switches how the focus is picked (effort first), audited with before and after, and leaves it alone when not sent", async () => {
    const current = await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { focusRule: true } });
    expect(current.focusRule).toBe("REVENUE_AT_STAKE");
    const input = organizationSettingsFormSchema.parse({ ...valid, focusRule: "EFFORT_FIRST" });
    const result = await expectOneAudit(acme.organization.id, "organization.updated", () => updateOrganizationSettings(admin, input));
    expect(result.changed).toContain("focusRule");
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: acme.organization.id, action: "organization.updated" }, orderBy: { createdAt: "desc" }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ focusRule: "REVENUE_AT_STAKE" });
    expect(audit.after).toMatchObject({ focusRule: "EFFORT_FIRST" });
    // A caller that predates the setting does not reset it.
    await updateOrganizationSettings(admin, organizationSettingsFormSchema.parse({ ...valid, name: "Acme Software Inc" }));
    expect((await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { focusRule: true } })).focusRule).toBe("EFFORT_FIRST");
    expect(organizationSettingsFormSchema.safeParse({ ...valid, focusRule: "LOUDEST_FIRST" }).success).toBe(false);
    await updateOrganizationSettings(admin, organizationSettingsFormSchema.parse({ ...valid, name: "Acme Software", focusRule: "REVENUE_AT_STAKE" }));
  });

  it("names the field that is wrong", () => {
    const fieldsOf = (input: Record<string, string>) => {
      const parsed = organizationSettingsFormSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
    };
    expect(fieldsOf({ ...valid, gradeAThreshold: "60", gradeBThreshold: "70" })).toEqual(["gradeBThreshold"]);
    expect(fieldsOf({ ...valid, gradeBThreshold: "0" })).toEqual(["gradeBThreshold"]);
    expect(fieldsOf({ ...valid, confidenceThreshold: "40" })).toEqual(["confidenceThreshold"]);
    expect(fieldsOf({ ...valid, confidenceThreshold: "99.5" })).toEqual(["confidenceThreshold"]);
    expect(fieldsOf({ ...valid, timeZone: "Mars/Olympus" })).toEqual(["timeZone"]);
    expect(fieldsOf({ ...valid, currency: "XYZ" })).toEqual(["currency"]);
    expect(fieldsOf({ ...valid, fiscalYearStartMonth: "13" })).toEqual(["fiscalYearStartMonth"]);
    expect(fieldsOf({ ...valid, timeZone: "UTC" })).toEqual([]);
  });

  it("the operation itself refuses B above A", async () => {
    await expect(
      updateOrganizationSettings(admin, { name: "Acme", currency: "USD", timeZone: "UTC", dateStyle: "MDY", fiscalYearStartMonth: 1, gradeAThreshold: 0.5, gradeBThreshold: 0.7, confidenceThreshold: 0.8, defaultCadence: "BIWEEKLY" }),
    ).rejects.toMatchObject({ fieldErrors: { gradeBThreshold: ["must not be above the A threshold"] } });
  });
});

describe("API tokens", () => {
  it("creates and revokes with one audit record each", async () => {
    const token = await expectOneAudit(acme.organization.id, "api_token.created", () => createApiToken(admin, { name: "CRM sync" }));
    await expectOneAudit(acme.organization.id, "api_token.revoked", () => revokeApiToken(admin, token.id));
  });
});

describe("audit log", () => {
  it("pages newest first with a keyset cursor and filters by action, actor and day", async () => {
    const cast = await createOrganizationCast("Audit Co");
    const organizationId = cast.organization.id;
    const auditAdmin = await viewerFor(cast.admin);
    for (let index = 0; index < 120; index++) {
      await recordAudit({ organizationId, actorId: index % 2 ? cast.admin.id : cast.vp.id, action: index % 3 ? "test.even" : "test.third", entityType: "Test", entityId: `e${index}` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { filters } = parseAuditLogFilters(cursor ? { action: "test.even", cursor } : { action: "test.even" });
      const page = await listAuditLog(auditAdmin, filters);
      seen.push(...page.entries.map((entry) => entry.entityId ?? ""));
      for (const entry of page.entries) expect(entry.action).toBe("test.even");
      cursor = page.nextCursor;
    } while (cursor);
    const expected = Array.from({ length: 120 }, (_, index) => index)
      .filter((index) => index % 3)
      .reverse()
      .map((index) => `e${index}`);
    expect(seen).toEqual(expected);

    const byActor = await listAuditLog(auditAdmin, { actor: cast.vp.id, action: "test.third" });
    expect(byActor.entries.every((entry) => entry.actor === cast.vp.name)).toBe(true);
    expect(byActor.entries).toHaveLength(20);
    expect(byActor.options.actions).toEqual(["test.even", "test.third"]);
    expect((await listAuditLog(auditAdmin, { to: "2000-01-01" })).entries).toEqual([]);
    // Another organization's log never shows.
    expect((await listAuditLog(admin, { action: "test.even" })).entries).toEqual([]);
  });
});

describe("export", () => {
  it("holds the organization's data without password hashes or private notes, and is audited", async () => {
    const cast = await createOrganizationCast("Export Co");
    const organizationId = cast.organization.id;
    const exportAdmin = await viewerFor(cast.admin);
    const privateMarker = "PRIVATE-MARKER-do-not-export";
    const sharedMarker = "SHARED-MARKER-agreed-next-steps";
    const meeting = await db.oneOnOne.create({ data: { organizationId, coachId: cast.managerA.id, memberId: cast.repA1.id, scheduledAt: new Date("2026-03-02T15:00:00Z"), sharedNotes: sharedMarker } });
    await db.privateNote.create({ data: { organizationId, oneOnOneId: meeting.id, authorId: cast.managerA.id, body: privateMarker } });
    await db.user.update({ where: { id: cast.repB1.id }, data: { name: "=HYPERLINK(\"http://evil.test\")" } });
    await db.activity.create({ data: { organizationId, repId: cast.repA1.id, day: day("2026-03-02"), stage: "dials", value: 42n } });
    await db.activity.create({ data: { organizationId: acme.organization.id, repId: acme.repA1.id, day: day("2026-03-02"), stage: "dials", value: 777n } });

    const data = await expectOneAudit(organizationId, "organization.exported", () => exportOrganizationData(exportAdmin, "json"));
    const json = exportToJson(data);
    const zip = Buffer.from(exportToCsvZip(data)).toString("utf8");
    for (const text of [json, zip]) {
      expect(text).toContain(sharedMarker);
      expect(text).not.toContain(privateMarker);
      expect(text).not.toMatch(/scrypt\$/);
      expect(text).not.toMatch(/passwordHash|sessionVersion/);
      expect(text).not.toContain(acme.repA1.id);
    }
    const parsed = JSON.parse(json) as { tables: Record<string, Record<string, unknown>[]> };
    expect(Object.keys(parsed.tables)).toEqual(expect.arrayContaining(["users", "teams", "funnel_stages", "activity", "quotas", "goals", "benchmarks", "competencies", "assessments", "one_on_ones", "commitments", "development_plans", "sales_plays", "audit_log"]));
    expect(parsed.tables.activity).toEqual([{ repId: cast.repA1.id, day: "2026-03-02", stage: "dials", value: "42" }]);
    expect(parsed.tables.users).toHaveLength(7);
    // In the CSV the formula is defused with a leading quote.
    expect(zip).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(zip).toContain("activity.csv");
  });
});
