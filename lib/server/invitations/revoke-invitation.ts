import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: the invitation's link stops working at once (the user stays, without a password, until invited again). */
export async function revokeInvitation(viewer: Viewer, input: { invitationId: string }) {
  assertAdmin(viewer, "Only an administrator can revoke invitations");
  return db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: input.invitationId, organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!revoked.count) throw new NotFoundError("Invitation");
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: input.invitationId }, select: { id: true, user: { select: { email: true } } } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "invitation.revoked", entityType: "Invitation", entityId: invitation.id, after: { email: invitation.user.email } }, tx);
    return { id: invitation.id, email: invitation.user.email };
  });
}
