import "server-only";
import { ForbiddenError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Deals are imported for the whole organization (owners may be anyone), so by an ADMIN or an organization API token. */
export function assertDealImporter(viewer: Viewer): void {
  if (viewer.role !== "ADMIN") throw new ForbiddenError("Only an administrator can import deals");
}
