import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The teams page: each team with its manager, region and active reps; the managers who can run one; the regions. */
export async function getTeamDirectory(viewer: Viewer) {
  assertAdmin(viewer);
  const [teams, managers, regions] = await Promise.all([
    db.team.findMany({
      where: { organizationId: viewer.organizationId },
      select: { id: true, name: true, manager: { select: { id: true, name: true, active: true } }, region: { select: { name: true } }, _count: { select: { members: { where: { active: true, role: "REP" } } } } },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({ where: { organizationId: viewer.organizationId, role: "MANAGER", active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    db.region.findMany({ where: { organizationId: viewer.organizationId }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    teams: teams.map((team) => ({ id: team.id, name: team.name, manager: team.manager, region: team.region?.name ?? null, repCount: team._count.members })),
    managers,
    regions: regions.map((region) => region.name),
  };
}
