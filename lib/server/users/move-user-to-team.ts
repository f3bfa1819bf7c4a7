import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockOrganizationUser } from "@/lib/server/users/lock-organization-user";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN: puts a rep on a team (or on none). The open TeamMembership closes and a new one opens, so
 * the history of who was on which team stays; activity is keyed by rep and moves with them.
 */
export async function moveUserToTeam(viewer: Viewer, input: { userId: string; teamId: string | null }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can move people between teams");
  return db.$transaction(async (tx) => {
    const user = await lockOrganizationUser(tx, viewer.organizationId, input.userId);
    if (input.teamId) {
      const team = await tx.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true } });
      if (!team) throw new NotFoundError("Team");
      if (user.role !== "REP") throw new InvalidInputError("teamId: only reps belong to a team", { teamId: ["only reps belong to a team; a manager is set on the team itself"] });
    }
    if (user.teamId === input.teamId) return { changed: false };
    const now = new Date();
    await tx.user.update({ where: { id: user.id }, data: { teamId: input.teamId } });
    const closed = await tx.teamMembership.updateMany({ where: { organizationId: viewer.organizationId, userId: user.id, endedAt: null }, data: { endedAt: now } });
    // A rep placed on a team before memberships were recorded: keep that stint as history too.
    if (closed.count === 0 && user.teamId) {
      await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: user.id, teamId: user.teamId, startedAt: user.createdAt, endedAt: now } });
    }
    if (input.teamId) await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: user.id, teamId: input.teamId, startedAt: now } });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.team_changed", entityType: "User", entityId: user.id, before: { teamId: user.teamId }, after: { teamId: input.teamId } },
      tx,
    );
    return { changed: true };
  });
}
