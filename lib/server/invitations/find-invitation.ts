import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken } from "@/lib/security/one-time-token";

/** Public (the link is the credential): who a still-usable invitation is for, or null. */
export async function findInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { acceptedAt: true, revokedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } }, organization: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date() || !invitation.user.active) return null;
  return { name: invitation.user.name, email: invitation.user.email, organizationName: invitation.organization.name };
}
