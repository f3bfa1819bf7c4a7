import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { queueInvitations } from "@/lib/server/invitations/queue-invitations";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

const USER_SELECT = { id: true, email: true, name: true, role: true, teamId: true, active: true } as const;

/**
 * Provisioning, idempotent on email: creates the user, or brings an existing one of the same
 * organization to the given name, role and team. A user created here has no password: an
 * invitation to set one is queued with it.
 */
export async function provisionUser(viewer: Viewer, input: { email: string; name: string; role: Role; teamId?: string | null }) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can provision users");
  if (input.teamId) {
    const team = await db.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true } });
    if (!team) throw new NotFoundError("Team");
  }
  return db.$transaction(async (tx) => {
    // Emails are unique across organizations; the answer must not reveal that another tenant has this one.
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { ...USER_SELECT, organizationId: true } });
    if (existing && existing.organizationId !== viewer.organizationId) throw new ConflictError("This email address cannot be used; use a different one");
    if (!existing) {
      const user = await tx.user.create({ data: { organizationId: viewer.organizationId, email: input.email, name: input.name, role: input.role, teamId: input.teamId ?? null }, select: USER_SELECT });
      if (user.teamId) await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: user.id, teamId: user.teamId } });
      // No password yet: they get an invitation email to set one, like anyone an ADMIN invites
      // (named in the one audit record of this write).
      const [invitation] = await queueInvitations(tx, { organizationId: viewer.organizationId, userIds: [user.id], invitedById: viewerUserId(viewer), actorTokenId: viewer.tokenId, audit: false });
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.provisioned", entityType: "User", entityId: user.id, after: { ...user, invitationId: invitation?.invitationId ?? null } }, tx);
      return { user, created: true };
    }
    const { organizationId: _organizationId, ...before } = existing;
    const teamId = input.teamId === undefined ? existing.teamId : input.teamId;
    const unchanged = existing.name === input.name && existing.role === input.role && existing.teamId === teamId;
    if (unchanged) return { user: before, created: false };
    const user = await tx.user.update({
      where: { id: existing.id },
      // A role change ends the user's sessions so the new rights apply at once.
      data: { name: input.name, role: input.role, teamId, ...(existing.role !== input.role ? { sessionVersion: { increment: 1 } } : {}) },
      select: USER_SELECT,
    });
    if (existing.teamId !== teamId) {
      await tx.teamMembership.updateMany({ where: { userId: existing.id, endedAt: null }, data: { endedAt: new Date() } });
      if (teamId) await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: existing.id, teamId } });
    }
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.updated", entityType: "User", entityId: user.id, before, after: user }, tx);
    return { user, created: false };
  });
}
