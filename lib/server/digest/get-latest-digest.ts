import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/http/errors";
import type { ManagerDigestBody } from "@/lib/server/digest/build-manager-digest";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

/** The signed-in manager's most recent weekly digest, or null before the first one. Only managers have digests. */
export async function getLatestDigest(viewer: Viewer): Promise<{ weekOf: string; generatedAt: string; body: ManagerDigestBody } | null> {
  if (!can(viewer, "digest.view")) throw new NotFoundError("Digest");
  const digest = await db.managerDigest.findFirst({
    where: { organizationId: viewer.organizationId, managerId: viewer.id },
    orderBy: { weekOf: "desc" },
    select: { weekOf: true, createdAt: true, body: true },
  });
  if (!digest) return null;
  return { weekOf: dayKey(digest.weekOf), generatedAt: digest.createdAt.toISOString(), body: digest.body as unknown as ManagerDigestBody };
}
