import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { endSessions } from "@/lib/server/users/end-sessions";
import { lockOrganizationUser } from "@/lib/server/users/lock-organization-user";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN: a new role, effective at once (the user's sessions end). A rep who takes another role
 * leaves their team (the membership history stays); a manager must hand their teams over first.
 */
export async function changeUserRole(viewer: Viewer, input: { userId: string; role: Role }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can change roles");
  if (input.userId === viewer.id) throw new ConflictError("You cannot change your own role; ask another administrator");
  return db.$transaction(async (tx) => {
    const user = await lockOrganizationUser(tx, viewer.organizationId, input.userId);
    if (user.role === input.role) return { changed: false };
    if (user.role === "MANAGER" && user.managedTeams.length) {
      throw new ConflictError(`${user.name} manages ${user.managedTeams.map((team) => team.name).join(", ")}; choose another manager for it on the Teams page first`);
    }
    const leavesTeam = user.role === "REP" && user.teamId !== null;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, ...(leavesTeam ? { teamId: null } : {}) } });
    if (leavesTeam) await tx.teamMembership.updateMany({ where: { organizationId: viewer.organizationId, userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
    await endSessions(user.id, viewer.organizationId, tx);
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.role_changed", entityType: "User", entityId: user.id, before: { role: user.role, teamId: user.teamId }, after: { role: input.role, teamId: leavesTeam ? null : user.teamId } },
      tx,
    );
    return { changed: true };
  });
}
