import "server-only";
import { can } from "@/lib/access/policy";
import { loadRequestFunnelSources, type FunnelSources } from "@/lib/server/deals/load-funnel-sources";
import { NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Where the funnel's deal-countable stages take their counts from, for the screens that say so. */
export async function getFunnelSources(viewer: Viewer): Promise<FunnelSources> {
  if (!can(viewer, "team.view") && !can(viewer, "rep.viewOwn")) throw new NotFoundError("Funnel");
  return loadRequestFunnelSources(viewer.organizationId);
}
