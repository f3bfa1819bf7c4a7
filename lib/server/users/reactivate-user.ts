import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockOrganizationUser } from "@/lib/server/users/lock-organization-user";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: a deactivated user may sign in again with their existing password. */
export async function reactivateUser(viewer: Viewer, input: { userId: string }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can reactivate users");
  return db.$transaction(async (tx) => {
    const user = await lockOrganizationUser(tx, viewer.organizationId, input.userId);
    if (user.active) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { active: true, deactivatedAt: null } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.reactivated", entityType: "User", entityId: user.id, before: { active: false }, after: { active: true } }, tx);
    return { changed: true };
  });
}
