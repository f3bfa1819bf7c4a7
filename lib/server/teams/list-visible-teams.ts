import "server-only";
import { db } from "@/lib/db";
import { visibleTeamsWhere } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export async function listVisibleTeams(viewer: Viewer) {
  return db.team.findMany({
    where: visibleTeamsWhere(viewer),
    select: { id: true, name: true, manager: { select: { id: true, name: true } }, _count: { select: { members: { where: { active: true, role: "REP" } } } } },
    orderBy: { name: "asc" },
  });
}
