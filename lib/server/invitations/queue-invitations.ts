import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmails } from "@/lib/jobs/enqueue-email";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { INVITATION_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { isPendingEmail } from "@/lib/users/pending-email";

export interface QueueInvitationsInput {
  organizationId: string;
  /** Users of that organization to invite; those who are deactivated, already have a password or have no email yet are skipped. */
  userIds: string[];
  /** The inviting user (shown in the email), or null for an API token or a shell command. */
  invitedById: string | null;
  /** The API token that asked, for the audit log. */
  actorTokenId?: string | null;
  /**
   * One "invitation.sent" audit record per invitation (default). Off when the calling operation
   * writes its own single record that names the invitation (one write, one record).
   */
  audit?: boolean;
}

export interface QueuedInvitation {
  invitationId: string;
  userId: string;
}

/**
 * Inside the caller's transaction: one pending invitation per user (replacing any earlier pending
 * one) and a send-email job for each, committed with the rows, so nothing is sent for a write that
 * rolls back and nothing is sent inside the request. The stored hash belongs to a token nobody
 * holds: the job mints the real link when it sends. Does no authorization (the caller has).
 */
export async function queueInvitations(tx: Prisma.TransactionClient, input: QueueInvitationsInput): Promise<QueuedInvitation[]> {
  if (!input.userIds.length) return [];
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(input.userIds)] }, organizationId: input.organizationId, active: true, passwordHash: null },
    select: { id: true, email: true },
    orderBy: { email: "asc" },
  }).then((found) => found.filter((user) => !isPendingEmail(user.email)));
  if (!users.length) return [];
  const now = new Date();
  await tx.invitation.updateMany({ where: { userId: { in: users.map((user) => user.id) }, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const queued: QueuedInvitation[] = [];
  for (const user of users) {
    const invitation = await tx.invitation.create({
      data: { organizationId: input.organizationId, userId: user.id, invitedById: input.invitedById, tokenHash: generateOneTimeToken().tokenHash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
      select: { id: true, expiresAt: true },
    });
    queued.push({ invitationId: invitation.id, userId: user.id });
    if (input.audit === false) continue;
    await recordAudit(
      {
        organizationId: input.organizationId,
        actorId: input.invitedById,
        actorTokenId: input.actorTokenId ?? null,
        action: "invitation.sent",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { userId: user.id, email: user.email, expiresAt: invitation.expiresAt },
      },
      tx,
    );
  }
  await enqueueEmails(
    tx,
    queued.map((invitation) => ({ kind: "invitation", invitationId: invitation.invitationId, organizationId: input.organizationId })),
  );
  return queued;
}
