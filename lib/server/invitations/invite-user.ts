import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { queueInvitations } from "@/lib/server/invitations/queue-invitations";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { InviteUserInput } from "@/lib/validation/invitations";

/** ADMIN (a user, or an API token): a new user with no password, and an emailed link to set one. */
export async function inviteUser(viewer: Viewer, input: InviteUserInput) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can invite people");
  if (input.teamId && input.role !== "REP") throw new InvalidInputError("teamId: only reps belong to a team", { teamId: ["only reps belong to a team; a manager is set on the team itself"] });
  if (input.teamId) {
    const team = await db.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true } });
    if (!team) throw new NotFoundError("Team");
  }
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { organizationId: viewer.organizationId, name: input.name, email: input.email, role: input.role, teamId: input.teamId },
        select: { id: true, name: true, email: true, role: true, teamId: true },
      });
      if (user.teamId) await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: user.id, teamId: user.teamId } });
      const [invitation] = await queueInvitations(tx, { organizationId: viewer.organizationId, userIds: [user.id], invitedById: viewerUserId(viewer), actorTokenId: viewer.tokenId, audit: false });
      if (!invitation) throw new Error(`invitation for ${user.id} was not created`);
      const { expiresAt } = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.invitationId }, select: { expiresAt: true } });
      // One record for the write: the new user and the invitation sent to them.
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.invited", entityType: "User", entityId: user.id, after: { ...user, invitationId: invitation.invitationId, expiresAt } }, tx);
      return { id: invitation.invitationId, user, expiresAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("email: is already used by another account", { email: ["is already used by another account"] });
    }
    throw error;
  }
}
