import "server-only";
import { can } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** A rep's co-coaches (any viewer who may see the rep) and, for whoever may assign them, the managers to choose from. */
export async function listCoCoaches(viewer: Viewer, repId: string) {
  const rep = await getVisibleRep(viewer, repId);
  const managerId = rep.team?.managerId ?? null;
  const canAssign = can(viewer, "coCoach.assign", { managerId });
  const [coCoaches, managers] = await Promise.all([
    readDb.repCoCoach.findMany({ where: { organizationId: viewer.organizationId, repId: rep.id }, select: { coach: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } }),
    canAssign
      ? readDb.user.findMany({ where: { organizationId: viewer.organizationId, role: "MANAGER", active: true, ...(managerId ? { id: { not: managerId } } : {}) }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
  ]);
  const current = new Set(coCoaches.map((entry) => entry.coach.id));
  return { repId: rep.id, coCoaches: coCoaches.map((entry) => entry.coach), candidates: managers.filter((manager) => !current.has(manager.id)), canAssign };
}

export type CoCoachList = Awaited<ReturnType<typeof listCoCoaches>>;
