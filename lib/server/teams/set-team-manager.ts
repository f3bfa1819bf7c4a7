import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: who runs a team (an active sales manager of the organization), or nobody. Applies on the manager's next request. */
export async function setTeamManager(viewer: Viewer, input: { teamId: string; managerId: string | null }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can set a team's manager");
  return db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true, managerId: true } });
    if (!team) throw new NotFoundError("Team");
    if (input.managerId) {
      const manager = await tx.user.findFirst({ where: { id: input.managerId, organizationId: viewer.organizationId }, select: { role: true, active: true } });
      if (!manager) throw new NotFoundError("User");
      if (manager.role !== "MANAGER" || !manager.active) throw new InvalidInputError("managerId: must be an active sales manager", { managerId: ["must be an active sales manager"] });
    }
    if (team.managerId === input.managerId) return { changed: false };
    await tx.team.update({ where: { id: team.id }, data: { managerId: input.managerId } });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "team.manager_changed", entityType: "Team", entityId: team.id, before: { managerId: team.managerId }, after: { managerId: input.managerId } },
      tx,
    );
    return { changed: true };
  });
}
