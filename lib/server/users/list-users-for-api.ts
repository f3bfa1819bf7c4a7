import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export async function listUsersForApi(viewer: Viewer) {
  if (!can(viewer, "organization.manage")) throw new ForbiddenError();
  return db.user.findMany({
    where: { organizationId: viewer.organizationId },
    select: { id: true, email: true, name: true, role: true, teamId: true, active: true },
    orderBy: { email: "asc" },
  });
}
