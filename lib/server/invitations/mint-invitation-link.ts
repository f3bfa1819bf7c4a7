import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { INVITATION_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { invitationLink } from "@/lib/mail/links";

/**
 * A fresh link for a pending invitation: a new token replaces the stored hash (so any earlier
 * link stops working) and the 7 days start again. Null when the invitation is no longer pending.
 */
export async function mintInvitationLink(tx: Pick<Prisma.TransactionClient, "invitation">, invitationId: string): Promise<{ link: string; expiresAt: Date } | null> {
  const { token, tokenHash } = generateOneTimeToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const updated = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { tokenHash, expiresAt } });
  return updated.count ? { link: invitationLink(token), expiresAt } : null;
}
