import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN (or an organization token): a new team, optionally with its manager. */
export async function createTeam(viewer: Viewer, input: { name: string; managerEmail?: string }) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError("Only an administrator can create teams");
  let managerId: string | null = null;
  if (input.managerEmail) {
    const manager = await db.user.findFirst({ where: { organizationId: viewer.organizationId, email: input.managerEmail }, select: { id: true, role: true } });
    if (!manager) throw new InvalidInputError(`managerEmail: no user '${input.managerEmail}' in this organization`, { managerEmail: ["is not a user of this organization"] });
    if (manager.role !== "MANAGER") throw new InvalidInputError(`managerEmail: '${input.managerEmail}' is not a MANAGER`, { managerEmail: ["must be a MANAGER"] });
    managerId = manager.id;
  }
  try {
    return await db.$transaction(async (tx) => {
      const team = await tx.team.create({
        data: { organizationId: viewer.organizationId, name: input.name, managerId },
        select: { id: true, name: true, managerId: true, manager: { select: { email: true } } },
      });
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "team.created", entityType: "Team", entityId: team.id, after: { name: team.name, managerId } }, tx);
      return { id: team.id, name: team.name, managerId: team.managerId, managerEmail: team.manager?.email ?? null };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(`A team named '${input.name}' already exists`);
    throw error;
  }
}
