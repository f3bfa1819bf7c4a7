import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/security/password";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { AddUserInput } from "@/lib/validation/users";

/** ADMIN: a new user with an initial password (hashed here, never stored or logged in the clear). */
export async function addUser(viewer: Viewer, input: AddUserInput) {
  assertAdmin(viewer, "Only an administrator can add users");
  if (input.teamId && input.role !== "REP") throw new InvalidInputError("teamId: only reps belong to a team", { teamId: ["only reps belong to a team; a manager is set on the team itself"] });
  if (input.teamId) {
    const team = await db.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true } });
    if (!team) throw new NotFoundError("Team");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { organizationId: viewer.organizationId, name: input.name, email: input.email, role: input.role, teamId: input.teamId, passwordHash },
        select: { id: true, name: true, email: true, role: true, teamId: true },
      });
      if (user.teamId) await tx.teamMembership.create({ data: { organizationId: viewer.organizationId, userId: user.id, teamId: user.teamId } });
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.created", entityType: "User", entityId: user.id, after: user }, tx);
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("email: is already used by another account", { email: ["is already used by another account"] });
    }
    throw error;
  }
}
