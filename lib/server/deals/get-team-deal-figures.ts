import "server-only";
import { can } from "@/lib/access/policy";
import { readPool } from "@/lib/db";
import { addDealTallies, dealFigures, type DealFigures } from "@/lib/coaching/deal-figures";
import { checkedTeam, type TeamRef } from "@/lib/server/coaching/load-coaching-read-model";
import type { PeriodRequest, ResolvedPeriod } from "@/lib/calendar/period";
import { resolveDealPeriod } from "@/lib/server/deals/deal-period";
import { NotFoundError } from "@/lib/server/http/errors";
import { loadDealTallies } from "@/lib/server/deals/load-deal-tallies";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface TeamDealFigures {
  team: { id: string; name: string };
  period: ResolvedPeriod;
  currency: string;
  totals: DealFigures;
  reps: { id: string; name: string; active: boolean; figures: DealFigures }[];
  /** Whether any of the team's reps has a deal (created or open by the period's end); screens hide the section otherwise. */
  hasDeals: boolean;
}

/** A team's deal figures, totals and one entry per rep, from one grouped query: its manager, a VP or an ADMIN (a rep gets 404). */
export async function getTeamDealFigures(viewer: Viewer, teamRef: TeamRef, period: PeriodRequest): Promise<TeamDealFigures> {
  if (!can(viewer, "team.view")) throw new NotFoundError("Team");
  // A team the page already checked is not checked again.
  const team = await checkedTeam(viewer, teamRef);
  // The period and the team's reps (deactivated ones too: their deals still count) in one round trip,
  // the reps in plain SQL on the read pool like the read model's roster (no ORM mapping per request).
  const [resolved, { rows: reps }] = await Promise.all([
    resolveDealPeriod(viewer, period),
    readPool().query<{ id: string; name: string; active: boolean }>(
      `SELECT "id", "name", "active" FROM "User" WHERE "organizationId" = $1 AND "role" = 'REP' AND "teamId" = $2 ORDER BY "name" ASC`,
      [viewer.organizationId, team.id],
    ),
  ]);
  const tallies = await loadDealTallies(viewer.organizationId, reps.map((rep) => rep.id), resolved);
  const repTallies = reps.map((rep) => ({ rep, tally: tallies.get(rep.id) ?? { opened: 0, won: 0, lost: 0, open: 0, revenueMinor: 0, cycleDays: [] } }));
  return {
    team: { id: team.id, name: team.name },
    period: resolved,
    currency: viewer.organization.currency,
    totals: dealFigures(addDealTallies(repTallies.map((entry) => entry.tally))),
    reps: repTallies.map(({ rep, tally }) => ({ id: rep.id, name: rep.name, active: rep.active, figures: dealFigures(tally) })),
    hasDeals: repTallies.some(({ tally }) => tally.opened + tally.won + tally.lost + tally.open > 0),
  };
}
