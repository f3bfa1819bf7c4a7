import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Everyone in the organization, for the ADMIN's user management. */
export async function listOrganizationUsers(viewer: Viewer) {
  if (viewer.role !== "ADMIN") throw new ForbiddenError();
  return db.user.findMany({
    where: { organizationId: viewer.organizationId },
    select: { id: true, name: true, email: true, role: true, active: true, team: { select: { id: true, name: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}
