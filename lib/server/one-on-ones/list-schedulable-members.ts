import "server-only";
import { db } from "@/lib/db";
import { visibleRepsWhere } from "@/lib/server/access/scopes";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Whom the viewer can schedule a one-on-one with: a manager's active reps, a VP's active managers. */
export async function listSchedulableMembers(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  if (viewer.kind !== "user") return [];
  if (viewer.role === "MANAGER") {
    return db.user.findMany({ where: { AND: [visibleRepsWhere(viewer), { active: true }] }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  }
  if (viewer.role === "VP") {
    return db.user.findMany({ where: { organizationId: viewer.organizationId, role: "MANAGER", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  }
  return [];
}
