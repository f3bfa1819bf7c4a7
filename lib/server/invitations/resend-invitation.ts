import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { enqueueEmails } from "@/lib/jobs/enqueue-email";
import { INVITATION_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: emails a pending invitation again; the new link replaces the old one and runs 7 more days. */
export async function resendInvitation(viewer: Viewer, input: { invitationId: string }) {
  assertAdmin(viewer, "Only an administrator can resend invitations");
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, user: { select: { email: true } } },
    });
    if (!invitation) throw new NotFoundError("Invitation");
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await tx.invitation.update({ where: { id: invitation.id }, data: { expiresAt } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "invitation.resent", entityType: "Invitation", entityId: invitation.id, after: { email: invitation.user.email, expiresAt } }, tx);
    await enqueueEmails(tx, [{ kind: "invitation", invitationId: invitation.id, organizationId: viewer.organizationId }]);
    return { id: invitation.id, email: invitation.user.email };
  });
}
