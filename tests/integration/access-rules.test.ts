import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { can, PERMISSIONS, visibleRepsWhere, type Permission } from "@/lib/access/policy";
import { NotFoundError } from "@/lib/server/http/errors";
import { listVisibleTeams } from "@/lib/server/teams/list-visible-teams";
import { loadViewer } from "@/lib/server/viewer/get-viewer";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
import { EXPECTED_ACCESS, type Caller } from "../helpers/expected-access";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
});

async function visibleRepIds(user: { id: string; organizationId: string }) {
  const viewer = await viewerFor(user);
  const reps = await db.user.findMany({ where: visibleRepsWhere(viewer), select: { id: true } });
  return reps.map((rep) => rep.id).sort();
}

describe("who sees which reps", () => {
  it("a REP sees only themself", async () => {
    expect(await visibleRepIds(acme.repA1)).toEqual([acme.repA1.id]);
  });

  it("a MANAGER sees the reps of their own team only", async () => {
    expect(await visibleRepIds(acme.managerA)).toEqual([acme.repA1.id, acme.repA2.id].sort());
  });

  it("a VP and an ADMIN see every rep of their organization and none of another", async () => {
    const expected = [acme.repA1.id, acme.repA2.id, acme.repB1.id].sort();
    expect(await visibleRepIds(acme.vp)).toEqual(expected);
    expect(await visibleRepIds(acme.admin)).toEqual(expected);
  });
});

describe("one rep by id", () => {
  it("answers NotFound for a teammate (REP), another team's rep (MANAGER) and another organization's rep (VP)", async () => {
    await expect(getVisibleRep(await viewerFor(acme.repA1), acme.repA2.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVisibleRep(await viewerFor(acme.managerA), acme.repB1.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVisibleRep(await viewerFor(acme.vp), globex.repA1.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVisibleRep(await viewerFor(acme.admin), globex.repB1.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("returns the rep to their manager, the VP and the ADMIN", async () => {
    for (const user of [acme.managerA, acme.vp, acme.admin, acme.repA1]) {
      const rep = await getVisibleRep(await viewerFor(user), acme.repA1.id);
      expect(rep.id).toBe(acme.repA1.id);
    }
  });
});

describe("teams", () => {
  it("a MANAGER opens only their own team; another organization's team is unknown even to its VP", async () => {
    await expect(getVisibleTeam(await viewerFor(acme.managerA), acme.teamA.id)).resolves.toMatchObject({ id: acme.teamA.id });
    await expect(getVisibleTeam(await viewerFor(acme.managerA), acme.teamB.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVisibleTeam(await viewerFor(acme.vp), globex.teamA.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists own teams for a manager and all of the organization's for a VP", async () => {
    expect((await listVisibleTeams(await viewerFor(acme.managerA))).map((team) => team.id)).toEqual([acme.teamA.id]);
    expect((await listVisibleTeams(await viewerFor(acme.vp))).map((team) => team.name)).toEqual(["Team A", "Team B"]);
  });
});

describe("sessions", () => {
  it("a deactivated user or a stale session version is no longer a viewer", async () => {
    expect(await loadViewer(acme.repA2.id, acme.organization.id, 0)).not.toBeNull();
    expect(await loadViewer(acme.repA2.id, acme.organization.id, 1)).toBeNull();
    expect(await loadViewer(acme.repA2.id, globex.organization.id, 0)).toBeNull();
    await db.user.update({ where: { id: acme.repA2.id }, data: { active: false } });
    expect(await loadViewer(acme.repA2.id, acme.organization.id, 0)).toBeNull();
  });
});

describe("the access policy on viewers loaded from the database", () => {
  it("answers every permission the viewer alone decides as the expected table says", async () => {
    const callers: [Caller, { id: string; organizationId: string }][] = [
      ["REP", acme.repA1],
      ["MANAGER", acme.managerA],
      ["VP", acme.vp],
      ["ADMIN", acme.admin],
    ];
    const mismatches: string[] = [];
    for (const [caller, user] of callers) {
      const viewer = await viewerFor(user);
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        const expected = EXPECTED_ACCESS[permission];
        if (!expected.every((row) => typeof row === "string")) continue;
        const allowed = (expected as Caller[]).includes(caller);
        if ((can as (viewer: unknown, permission: Permission) => boolean)(viewer, permission) !== allowed) mismatches.push(`${permission} as ${caller}: expected ${allowed}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
