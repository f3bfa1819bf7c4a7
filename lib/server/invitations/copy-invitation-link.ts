import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { mintInvitationLink } from "@/lib/server/invitations/mint-invitation-link";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN: a link to hand over by other means (when email is off). Shown once; it replaces any
 * link sent before.
 */
export async function copyInvitationLink(viewer: Viewer, input: { invitationId: string }) {
  assertAdmin(viewer, "Only an administrator can copy invitation links");
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, user: { select: { email: true } } },
    });
    if (!invitation) throw new NotFoundError("Invitation");
    const minted = await mintInvitationLink(tx, invitation.id);
    if (!minted) throw new NotFoundError("Invitation");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "invitation.link_copied", entityType: "Invitation", entityId: invitation.id, after: { email: invitation.user.email, expiresAt: minted.expiresAt } }, tx);
    return { link: minted.link, email: invitation.user.email, expiresAt: minted.expiresAt };
  });
}
