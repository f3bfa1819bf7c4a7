import "server-only";
import { can } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { addDealTallies, dealFigures, type DealFigures, type DealTally } from "@/lib/coaching/deal-figures";
import type { PeriodRequest, ResolvedPeriod } from "@/lib/calendar/period";
import { resolveDealPeriod } from "@/lib/server/deals/deal-period";
import { NotFoundError } from "@/lib/server/http/errors";
import { loadDealTallies } from "@/lib/server/deals/load-deal-tallies";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface OrganizationDealFigures {
  period: ResolvedPeriod;
  currency: string;
  /** Every deal of the organization, whoever owns it. */
  totals: DealFigures;
  teams: { id: string; name: string; figures: DealFigures }[];
  /** Whether the organization has any deal at all (screens hide the section until deals are imported). */
  hasDeals: boolean;
}

/** The VP's view: the organization's deal figures and each team's, from one grouped query. */
export async function getOrganizationDealFigures(viewer: Viewer, period: PeriodRequest): Promise<OrganizationDealFigures> {
  if (!can(viewer, "organization.view")) throw new NotFoundError("Organization");
  const resolved = await resolveDealPeriod(viewer, period);
  const [tallies, teams, reps] = await Promise.all([
    loadDealTallies(viewer.organizationId, null, resolved),
    readDb.team.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    readDb.user.findMany({ where: { organizationId: viewer.organizationId, role: "REP", teamId: { not: null } }, select: { id: true, teamId: true } }),
  ]);
  const byTeam = new Map<string, DealTally[]>();
  for (const rep of reps) {
    const tally = tallies.get(rep.id);
    if (tally && rep.teamId) byTeam.set(rep.teamId, [...(byTeam.get(rep.teamId) ?? []), tally]);
  }
  return {
    period: resolved,
    currency: viewer.organization.currency,
    totals: dealFigures(addDealTallies(tallies.values())),
    teams: teams.map((team) => ({ id: team.id, name: team.name, figures: dealFigures(addDealTallies(byTeam.get(team.id) ?? [])) })),
    hasDeals: tallies.size > 0,
  };
}
