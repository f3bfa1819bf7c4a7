import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

export async function renameTeam(viewer: Viewer, input: { teamId: string; name: string }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can rename teams");
  try {
    return await db.$transaction(async (tx) => {
      const team = await tx.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true, name: true } });
      if (!team) throw new NotFoundError("Team");
      if (team.name === input.name) return { changed: false };
      await tx.team.update({ where: { id: team.id }, data: { name: input.name } });
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "team.renamed", entityType: "Team", entityId: team.id, before: { name: team.name }, after: { name: input.name } }, tx);
      return { changed: true };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError(`name: a team named '${input.name}' already exists`, { name: ["a team with this name already exists"] });
    }
    throw error;
  }
}
