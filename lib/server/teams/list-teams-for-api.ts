import "server-only";
import { db } from "@/lib/db";
import { visibleTeamsWhere } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export async function listTeamsForApi(viewer: Viewer) {
  const teams = await db.team.findMany({
    where: visibleTeamsWhere(viewer),
    select: { id: true, name: true, managerId: true, manager: { select: { email: true } } },
    orderBy: { name: "asc" },
  });
  return teams.map((team) => ({ id: team.id, name: team.name, managerId: team.managerId, managerEmail: team.manager?.email ?? null }));
}
