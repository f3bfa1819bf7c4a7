// Small factories: each test file builds the organization it needs.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganizationWithDefaults } from "@/lib/organizations/create-organization";
import { loadViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

// One precomputed scrypt hash of TEST_PASSWORD keeps factories fast.
export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;
async function testPasswordHash(): Promise<string> {
  const { hashPassword } = await import("@/lib/security/password");
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export async function createOrganization(name = `Org ${randomUUID().slice(0, 8)}`) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-") + "-" + randomUUID().slice(0, 6);
  return createOrganizationWithDefaults(db, { slug, name, benchmarksFrom: "2025-01-01" });
}

export async function createUser(organizationId: string, role: Role, options: { teamId?: string; name?: string; email?: string; active?: boolean } = {}) {
  const id = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      organizationId,
      role,
      email: options.email ?? `${role.toLowerCase()}-${id}@example.test`,
      name: options.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${id}`,
      passwordHash: await testPasswordHash(),
      teamId: options.teamId ?? null,
      active: options.active ?? true,
    },
    select: { id: true, email: true, name: true, organizationId: true, role: true, teamId: true },
  });
}

export async function createTeam(organizationId: string, managerId: string | null, name = `Team ${randomUUID().slice(0, 6)}`) {
  return db.team.create({ data: { organizationId, managerId, name }, select: { id: true, name: true, managerId: true } });
}

export async function viewerFor(user: { id: string; organizationId: string }): Promise<Viewer> {
  const viewer = await loadViewer(user.id, user.organizationId, 0);
  if (!viewer) throw new Error(`user ${user.id} cannot be a viewer (inactive or missing)`);
  return viewer;
}

/**
 * Two teams with a manager and two reps each, plus a VP and an ADMIN, in one organization:
 * the cast the access rules are tested against.
 */
export async function createOrganizationCast(name?: string) {
  const organization = await createOrganization(name);
  const organizationId = organization.id;
  const vp = await createUser(organizationId, "VP");
  const admin = await createUser(organizationId, "ADMIN");
  const managerA = await createUser(organizationId, "MANAGER");
  const managerB = await createUser(organizationId, "MANAGER");
  const teamA = await createTeam(organizationId, managerA.id, "Team A");
  const teamB = await createTeam(organizationId, managerB.id, "Team B");
  const repA1 = await createUser(organizationId, "REP", { teamId: teamA.id });
  const repA2 = await createUser(organizationId, "REP", { teamId: teamA.id });
  const repB1 = await createUser(organizationId, "REP", { teamId: teamB.id });
  return { organization, vp, admin, managerA, managerB, teamA, teamB, repA1, repA2, repB1 };
}
