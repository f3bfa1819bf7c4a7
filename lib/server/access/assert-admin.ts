import "server-only";
import { can } from "@/lib/access/policy";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The organization's administration is for a signed-in ADMIN. API tokens (which act with ADMIN
 * scope) are refused too: these operations are the settings screens', not the public API's.
 */
export function assertAdmin(viewer: Viewer, message = "Only an administrator can do this"): void {
  if (!can(viewer, "organization.admin")) throw new ForbiddenError(message);
}
