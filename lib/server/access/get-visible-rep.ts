import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/http/errors";
import { visibleRepsWhere } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** A rep the viewer may see, or NotFoundError (another team's or organization's rep looks unknown). */
export async function getVisibleRep(viewer: Viewer, repId: string) {
  const rep = await db.user.findFirst({
    where: { AND: [visibleRepsWhere(viewer), { id: repId }] },
    select: { id: true, name: true, email: true, active: true, teamId: true, team: { select: { id: true, name: true, managerId: true } } },
  });
  if (!rep) throw new NotFoundError("Rep");
  return rep;
}
