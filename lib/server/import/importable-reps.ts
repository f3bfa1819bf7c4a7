import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activityWritableRepsWhere, can } from "@/lib/access/policy";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Whose activity the viewer may import: an ADMIN (or an organization API token) for any rep, a
 * MANAGER for the reps of their own teams. Reps log their own activity in the grid instead.
 */
export function importableRepsWhere(viewer: Viewer): Prisma.UserWhereInput {
  const writable = activityWritableRepsWhere(viewer);
  if (!writable || !can(viewer, "activity.import")) throw new ForbiddenError("Only a manager or an administrator can import activity");
  return writable;
}
