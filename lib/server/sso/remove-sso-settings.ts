import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: turns single sign-on off (passwords work again for everyone who has one). */
export async function removeSsoSettings(viewer: Viewer): Promise<{ removed: boolean }> {
  assertAdmin(viewer, "Only an administrator can turn off single sign-on");
  return db.$transaction(async (tx) => {
    const removed = await tx.ssoConnection.deleteMany({ where: { organizationId: viewer.organizationId } });
    if (removed.count) await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "sso.removed", entityType: "SsoConnection" }, tx);
    return { removed: removed.count > 0 };
  });
}
