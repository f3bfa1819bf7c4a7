import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The teams page: each team with its manager and active reps, and the managers who can run one. */
export async function getTeamDirectory(viewer: Viewer) {
  assertAdmin(viewer);
  const [teams, managers] = await Promise.all([
    db.team.findMany({
      where: { organizationId: viewer.organizationId },
      select: { id: true, name: true, manager: { select: { id: true, name: true, active: true } }, _count: { select: { members: { where: { active: true, role: "REP" } } } } },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({ where: { organizationId: viewer.organizationId, role: "MANAGER", active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { teams: teams.map((team) => ({ id: team.id, name: team.name, manager: team.manager, repCount: team._count.members })), managers };
}
