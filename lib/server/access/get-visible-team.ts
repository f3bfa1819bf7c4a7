import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/http/errors";
import { visibleTeamsWhere } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export async function getVisibleTeam(viewer: Viewer, teamId: string) {
  const team = await db.team.findFirst({
    where: { AND: [visibleTeamsWhere(viewer), { id: teamId }] },
    select: { id: true, name: true, managerId: true, manager: { select: { id: true, name: true } } },
  });
  if (!team) throw new NotFoundError("Team");
  return team;
}
