import "server-only";
import { can, visibleRepsWhere } from "@/lib/access/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The rep whose co-coaches the viewer changes: visible (404 otherwise) and theirs to assign (403). */
export async function loadAssignableRep(tx: Prisma.TransactionClient, viewer: Viewer, repId: string) {
  const rep = await tx.user.findFirst({ where: { AND: [visibleRepsWhere(viewer), { id: repId, active: true }] }, select: { id: true, team: { select: { managerId: true } } } });
  if (!rep) throw new NotFoundError("Rep");
  const managerId = rep.team?.managerId ?? null;
  if (!can(viewer, "coCoach.assign", { managerId })) throw new ForbiddenError("Only the rep's manager or the VP chooses co-coaches");
  return { id: rep.id, managerId };
}
