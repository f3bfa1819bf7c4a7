import "server-only";
import { createHash } from "node:crypto";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportError } from "@/lib/import/types";
import { planOrgChart, type OrgChartPlan, type OrgChartState } from "@/lib/org-chart/plan-org-chart";
import { readOrgChartCsv } from "@/lib/org-chart/read-org-chart-csv";
import { ConflictError, ForbiddenError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { queueInvitations } from "@/lib/server/invitations/queue-invitations";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

type Tx = Prisma.TransactionClient;

export interface PeopleImportOutcome {
  dryRun: boolean;
  counts: OrgChartPlan["counts"];
  people: { row: number; email: string; name: string; role: OrgChartPlan["people"][number]["role"]; team: string | null; reportsTo: string | null; action: "create" | "update" | "unchanged"; moved: boolean; changes: string[] }[];
  teams: { name: string; manager: string | null; region: string | null; action: "create" | "update" | "unchanged"; changes: string[] }[];
  regions: { name: string; action: "create" | "unchanged" }[];
  /** Invitations queued (sendInvitations): people of the file with no password and no pending invitation. */
  invitationsQueued: number;
  /** Identifies the plan: the screen imports only the plan it previewed. */
  fingerprint: string;
}

/**
 * ADMIN (or an organization API token): an org chart as CSV → people created or brought up to date
 * by email, teams created from the team column with their manager, teams grouped into regions.
 * All or nothing, in one transaction that plans from what it reads (imports of one organization
 * queue behind each other); with `dryRun` it only plans. Any bad row → 422 listing every one.
 */
export async function importPeople(viewer: Viewer, input: { csv: string; dryRun?: boolean; expectedFingerprint?: string; sendInvitations?: boolean }): Promise<PeopleImportOutcome> {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can import people");
  const read = readOrgChartCsv(input.csv);
  const readable = read.ok ? read : read.readable;
  const unreadRows = read.ok ? [] : read.errors;
  const refuse = (errors: ImportError[]) => new UnprocessableRowsError(`${errors.length === 1 ? "1 problem stops" : `${errors.length} problems stop`} the import; nothing was imported`, errors);
  if (!readable) throw refuse(unreadRows);
  const emails = readable.rows.map((row) => row.email);
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`people-import|${viewer.organizationId}`}))`;
        const state = await loadOrgChartState(tx, viewer.organizationId, emails);
        const planned = planOrgChart(readable.rows, state, { actingUserId: viewerUserId(viewer), columns: readable.columns });
        // Rows that could not be read and rows that cannot be planned, together, in file order.
        const errors = [...unreadRows, ...(planned.ok ? [] : planned.errors)].sort((a, b) => a.row - b.row);
        if (!planned.ok || errors.length > 0) throw refuse(errors);
        const outcome = describePlan(planned.plan, input.dryRun === true);
        if (input.expectedFingerprint && input.expectedFingerprint !== outcome.fingerprint) throw new ConflictError("People or teams changed since the preview; check the file again before importing");
        if (input.dryRun) return outcome;
        await writePlan(tx, viewer, planned.plan, state);
        // Queued with the import (and sent by a job after it commits): nothing is sent for an import that rolls back.
        if (input.sendInvitations) outcome.invitationsQueued = await inviteImportedPeople(tx, viewer, planned.plan);
        return outcome;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Another organization took one of the emails between the read and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("One of the emails was just taken by another account; check the file again");
    throw error;
  }
}

async function loadOrgChartState(tx: Tx, organizationId: string, emails: string[]): Promise<OrgChartState> {
  const [people, teams, regions, foreign] = await Promise.all([
    tx.user.findMany({ where: { organizationId }, select: { id: true, email: true, name: true, role: true, active: true, teamId: true, reportsToId: true } }),
    tx.team.findMany({ where: { organizationId }, select: { id: true, name: true, managerId: true, regionId: true } }),
    tx.region.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    tx.user.findMany({ where: { email: { in: emails }, organizationId: { not: organizationId } }, select: { email: true } }),
  ]);
  return { people, teams, regions, foreignEmails: new Set(foreign.map((user) => user.email.toLowerCase())) };
}

function describePlan(plan: OrgChartPlan, dryRun: boolean): PeopleImportOutcome {
  const people = plan.people.map(({ row, email, name, role, team, reportsTo, action, moved, changes }) => ({ row, email, name, role, team, reportsTo, action, moved, changes }));
  const teams = plan.teams.map(({ name, manager, region, action, changes }) => ({ name, manager, region, action, changes }));
  const regions = plan.regions.map(({ name, action }) => ({ name, action }));
  const fingerprint = createHash("sha256").update(JSON.stringify({ people, teams, regions })).digest("base64url");
  return { dryRun, counts: plan.counts, people, teams, regions, invitationsQueued: 0, fingerprint };
}

async function inviteImportedPeople(tx: Tx, viewer: Viewer, plan: OrgChartPlan): Promise<number> {
  const emails = plan.people.map((person) => person.email);
  const uninvited = await tx.user.findMany({
    where: { organizationId: viewer.organizationId, email: { in: emails }, active: true, passwordHash: null, invitations: { none: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } } },
    select: { id: true },
  });
  const queued = await queueInvitations(tx, { organizationId: viewer.organizationId, userIds: uninvited.map((user) => user.id), invitedById: viewerUserId(viewer), actorTokenId: viewer.tokenId });
  return queued.length;
}

async function writePlan(tx: Tx, viewer: Viewer, plan: OrgChartPlan, state: OrgChartState): Promise<void> {
  const organizationId = viewer.organizationId;
  const actor = auditActor(viewer);
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  const record = (action: string, entityType: string, entityId: string, before: object | undefined, after: object) =>
    audit.push({ organizationId, ...actor, action, entityType, entityId, before: before as Prisma.InputJsonObject | undefined, after: after as Prisma.InputJsonObject });

  const regionIds = new Map(state.regions.map((region) => [region.name, region.id]));
  const newRegions = plan.regions.filter((region) => region.action === "create");
  if (newRegions.length > 0) {
    const created = await tx.region.createManyAndReturn({ data: newRegions.map((region) => ({ organizationId, name: region.name })), select: { id: true, name: true } });
    for (const region of created) {
      regionIds.set(region.name, region.id);
      record("region.created", "Region", region.id, undefined, { name: region.name });
    }
  }

  // People first (without team or manager links), so that new teams can name new managers.
  const userIds = new Map(state.people.map((person) => [person.email.toLowerCase(), person.id]));
  const newPeople = plan.people.filter((person) => person.action === "create");
  if (newPeople.length > 0) {
    // No password: they sign in once invited (sendInvitations) or through the organization's single sign-on.
    const created = await tx.user.createManyAndReturn({ data: newPeople.map((person) => ({ organizationId, email: person.email, name: person.name, role: person.role })), select: { id: true, email: true } });
    for (const user of created) userIds.set(user.email, user.id);
  }
  const idOf = (email: string | null) => (email ? (userIds.get(email) ?? null) : null);

  const teamIds = new Map(state.teams.map((team) => [team.name, team.id]));
  const newTeams = plan.teams.filter((team) => team.action === "create");
  if (newTeams.length > 0) {
    const created = await tx.team.createManyAndReturn({
      data: newTeams.map((team) => ({ organizationId, name: team.name, managerId: idOf(team.manager), regionId: team.region ? (regionIds.get(team.region) ?? null) : null })),
      select: { id: true, name: true, managerId: true, regionId: true },
    });
    for (const team of created) {
      teamIds.set(team.name, team.id);
      record("team.created", "Team", team.id, undefined, { name: team.name, managerId: team.managerId, regionId: team.regionId });
    }
  }
  for (const team of plan.teams) {
    if (team.action !== "update" || !team.existingId) continue;
    const before = state.teams.find((candidate) => candidate.id === team.existingId);
    const after = { managerId: idOf(team.manager), regionId: team.region ? (regionIds.get(team.region) ?? null) : null };
    await tx.team.update({ where: { id: team.existingId, organizationId }, data: after });
    record("team.updated", "Team", team.existingId, { managerId: before?.managerId ?? null, regionId: before?.regionId ?? null }, after);
  }

  const teamIdOf = (name: string | null) => (name ? (teamIds.get(name) ?? null) : null);
  const currentById = new Map(state.people.map((person) => [person.id, person]));
  const now = new Date();
  const joined: { userId: string; teamId: string }[] = [];
  const left: { userId: string; teamId: string; since: Date | null }[] = [];

  // New people: one update per (team, VP) group rather than one per person.
  const groups = new Map<string, { teamId: string | null; reportsToId: string | null; ids: string[] }>();
  for (const person of newPeople) {
    const id = idOf(person.email);
    if (!id) continue;
    const teamId = teamIdOf(person.team);
    const reportsToId = idOf(person.reportsTo);
    record("user.created", "User", id, undefined, { email: person.email, name: person.name, role: person.role, teamId, reportsToId });
    if (teamId) joined.push({ userId: id, teamId });
    if (!teamId && !reportsToId) continue;
    const key = `${teamId}|${reportsToId}`;
    const group = groups.get(key) ?? { teamId, reportsToId, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  for (const group of groups.values()) await tx.user.updateMany({ where: { id: { in: group.ids }, organizationId }, data: { teamId: group.teamId, reportsToId: group.reportsToId } });

  for (const person of plan.people) {
    if (person.action !== "update" || !person.existingId) continue;
    const current = currentById.get(person.existingId);
    if (!current) continue;
    const after = { name: person.name, role: person.role, teamId: teamIdOf(person.team), reportsToId: idOf(person.reportsTo) };
    await tx.user.update({
      where: { id: current.id, organizationId },
      // A role change ends the person's sessions, so the new rights apply at once.
      data: { ...after, ...(current.role !== person.role ? { sessionVersion: { increment: 1 } } : {}) },
    });
    record("user.updated", "User", current.id, { name: current.name, role: current.role, teamId: current.teamId, reportsToId: current.reportsToId }, after);
    if (current.teamId !== after.teamId) {
      if (current.teamId) left.push({ userId: current.id, teamId: current.teamId, since: null });
      if (after.teamId) joined.push({ userId: current.id, teamId: after.teamId });
    }
  }

  // Team history: open stints close, new ones open (a rep placed before stints were kept gets the old one as history).
  if (left.length > 0) {
    const leaving = left.map((entry) => entry.userId);
    const open = await tx.teamMembership.findMany({ where: { organizationId, userId: { in: leaving }, endedAt: null }, select: { userId: true } });
    await tx.teamMembership.updateMany({ where: { organizationId, userId: { in: leaving }, endedAt: null }, data: { endedAt: now } });
    const withStint = new Set(open.map((membership) => membership.userId));
    const untracked = left.filter((entry) => !withStint.has(entry.userId));
    if (untracked.length > 0) {
      const since = await tx.user.findMany({ where: { id: { in: untracked.map((entry) => entry.userId) } }, select: { id: true, createdAt: true } });
      const createdAt = new Map(since.map((user) => [user.id, user.createdAt]));
      await tx.teamMembership.createMany({ data: untracked.map((entry) => ({ organizationId, userId: entry.userId, teamId: entry.teamId, startedAt: createdAt.get(entry.userId) ?? now, endedAt: now })) });
    }
  }
  if (joined.length > 0) await tx.teamMembership.createMany({ data: joined.map((entry) => ({ organizationId, userId: entry.userId, teamId: entry.teamId, startedAt: now })) });

  record("people.imported", "Organization", organizationId, undefined, { counts: plan.counts });
  await tx.auditLog.createMany({ data: audit });
}
