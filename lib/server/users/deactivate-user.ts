import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { endSessions } from "@/lib/server/users/end-sessions";
import { lockOrganizationUser } from "@/lib/server/users/lock-organization-user";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN: the user can no longer sign in and their current session ends at once. Nothing is
 * deleted: their activity, meetings and team history stay, and they can be reactivated.
 */
export async function deactivateUser(viewer: Viewer, input: { userId: string }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can deactivate users");
  if (input.userId === viewer.id) throw new ConflictError("You cannot deactivate your own account; ask another administrator");
  return db.$transaction(async (tx) => {
    const user = await lockOrganizationUser(tx, viewer.organizationId, input.userId);
    if (!user.active) return { changed: false };
    if (user.managedTeams.length) {
      throw new ConflictError(`${user.name} manages ${user.managedTeams.map((team) => team.name).join(", ")}; choose another manager for it on the Teams page first`);
    }
    const deactivatedAt = new Date();
    await tx.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt } });
    await endSessions(user.id, viewer.organizationId, tx);
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.deactivated", entityType: "User", entityId: user.id, before: { active: true }, after: { active: false, deactivatedAt } }, tx);
    return { changed: true };
  });
}
