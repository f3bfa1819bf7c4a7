import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { hashPassword } from "@/lib/security/password";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Public (the link is the credential): sets the invited user's password and uses the invitation
 * up, in one transaction. Null for a link that is unknown, used, revoked or expired (one answer).
 */
export async function acceptInvitation(input: { token: string; password: string }): Promise<{ email: string } | null> {
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    // The conditional update is the single-use check: two concurrent submissions can't both win.
    const used = await tx.invitation.updateMany({ where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
    if (!used.count) return null;
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, organizationId: true, user: { select: { id: true, email: true, active: true } } } });
    if (!invitation.user.active) throw new InactiveUser();
    await tx.user.update({ where: { id: invitation.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Any other pending invitation of this user is spent too.
    await tx.invitation.updateMany({ where: { userId: invitation.user.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit({ organizationId: invitation.organizationId, actorId: invitation.user.id, action: "invitation.accepted", entityType: "Invitation", entityId: invitation.id, after: { userId: invitation.user.id } }, tx);
    return { email: invitation.user.email };
  }).catch((error: unknown) => {
    if (error instanceof InactiveUser) return null;
    throw error;
  });
}

class InactiveUser extends Error {}
