import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export async function listApiTokens(viewer: Viewer) {
  if (!can(viewer, "organization.admin")) throw new ForbiddenError();
  return db.apiToken.findMany({
    where: { organizationId: viewer.organizationId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
