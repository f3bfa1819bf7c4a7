import "server-only";
import { can } from "@/lib/access/policy";
import { ForbiddenError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Deals are imported for the whole organization (owners may be anyone), so by an ADMIN or an organization API token. */
export function assertDealImporter(viewer: Viewer): void {
  if (!can(viewer, "deal.import")) throw new ForbiddenError("Only an administrator can import deals");
}
