import "server-only";
import { dealFigures, type DealFigures } from "@/lib/coaching/deal-figures";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import type { PeriodRequest, ResolvedPeriod } from "@/lib/calendar/period";
import { resolveDealPeriod } from "@/lib/server/deals/deal-period";
import { loadDealTallies } from "@/lib/server/deals/load-deal-tallies";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** One rep's deal figures over a period: the rep themself, their manager, a VP or an ADMIN; anyone else gets 404. */
export async function getRepDealFigures(viewer: Viewer, repId: string, period: PeriodRequest): Promise<{ rep: { id: string; name: string }; period: ResolvedPeriod; currency: string; figures: DealFigures }> {
  const rep = await getVisibleRep(viewer, repId);
  const resolved = await resolveDealPeriod(viewer, period);
  const tallies = await loadDealTallies(viewer.organizationId, [rep.id], resolved);
  const tally = tallies.get(rep.id);
  if (!tally) throw new Error("loadDealTallies answers every owner asked for");
  return { rep: { id: rep.id, name: rep.name }, period: resolved, currency: viewer.organization.currency, figures: dealFigures(tally) };
}
