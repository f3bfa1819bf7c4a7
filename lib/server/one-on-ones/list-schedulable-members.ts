import "server-only";
import { db } from "@/lib/db";
import { oneOnOneMembersWhere, schedulableOneOnOneKind } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Whom the viewer can schedule a one-on-one with: a manager's active reps, a VP's active managers. */
export async function listSchedulableMembers(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const kind = schedulableOneOnOneKind(viewer);
  if (kind === "REP") {
    return db.user.findMany({ where: { AND: [oneOnOneMembersWhere(viewer), { active: true }] }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  }
  if (kind === "LEADER") {
    return db.user.findMany({ where: { organizationId: viewer.organizationId, role: "MANAGER", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  }
  return [];
}
