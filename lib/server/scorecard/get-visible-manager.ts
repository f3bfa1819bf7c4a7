import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Whose coaching scorecard the viewer may read:
//   MANAGER  their own, never another manager's.
//   VP       every active manager of the organization (they coach the managers).
//   ADMIN    every active manager of the organization (aggregates only: the pages leave out rep
//            comments and leader plans, which are coaching content, as for one-on-ones and plans).
//   REP      none. API tokens: none.
// Anything else — another manager, a rep's id, another organization's id — is NotFound.

export async function getVisibleManager(viewer: Viewer, managerId: string) {
  if (!can(viewer, "scorecard.view", { managerId })) throw new NotFoundError("Manager");
  const manager = await db.user.findFirst({
    where: { id: managerId, organizationId: viewer.organizationId, role: "MANAGER", active: true },
    select: { id: true, name: true, email: true },
  });
  if (!manager) throw new NotFoundError("Manager");
  return manager;
}

/** Rep comments and leader plans: for the manager themself and the VP who coaches them. */
export function seesCoachingContent(viewer: Viewer, managerId: string): boolean {
  return can(viewer, "scorecard.viewCoachingContent", { managerId });
}
