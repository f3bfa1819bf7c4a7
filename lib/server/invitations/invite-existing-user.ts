import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { queueInvitations } from "@/lib/server/invitations/queue-invitations";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";
import { isPendingEmail } from "@/lib/users/pending-email";

/** ADMIN: invites someone who exists without a password (provisioned, imported, or whose invitation was revoked). */
export async function inviteExistingUser(viewer: Viewer, input: { userId: string }) {
  assertAdmin(viewer, "Only an administrator can invite people");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, organizationId: viewer.organizationId, active: true, passwordHash: null }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("User without a password");
    if (isPendingEmail(user.email)) throw new InvalidInputError("email: add their email before inviting them", { email: ["add their email before inviting them"] });
    const [invitation] = await queueInvitations(tx, { organizationId: viewer.organizationId, userIds: [user.id], invitedById: viewerUserId(viewer), audit: false });
    if (!invitation) throw new NotFoundError("User without a password");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.invited", entityType: "User", entityId: user.id, after: { email: user.email, invitationId: invitation.invitationId } }, tx);
    return { id: invitation.invitationId, email: user.email };
  });
}
