import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN (user or API token): invitations not yet accepted or revoked, newest first; expired ones say so. */
export async function listPendingInvitations(viewer: Viewer) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can see invitations");
  const now = new Date();
  const invitations = await db.invitation.findMany({
    where: { organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
    select: {
      id: true,
      createdAt: true,
      sentAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, teamId: true } },
      invitedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    userId: invitation.user.id,
    name: invitation.user.name,
    email: invitation.user.email,
    role: invitation.user.role,
    teamId: invitation.user.teamId,
    invitedBy: invitation.invitedBy?.name ?? null,
    createdAt: invitation.createdAt,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
  }));
}
