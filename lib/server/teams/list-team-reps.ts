import "server-only";
import { db } from "@/lib/db";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The active reps of a team the viewer may see (NotFoundError otherwise). */
export async function listTeamReps(viewer: Viewer, teamId: string) {
  const team = await getVisibleTeam(viewer, teamId);
  const reps = await db.user.findMany({
    where: { organizationId: viewer.organizationId, teamId: team.id, role: "REP", active: true },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
  return { team, reps };
}
