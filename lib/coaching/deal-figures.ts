// Deal figures for a rep, a team or the organization over a period [from, to] (both included):
// opened = created in the period; won / lost = closed in the period with that outcome; open = not
// closed at `to` (created by then, or undated); win rate = won / (won + lost); revenue = won
// amounts; average deal size = revenue / won; median sales cycle = created → close of the won deals.
// The database sums per rep (one grouped query); tallies add up for a team or the organization.
import { daysBetween } from "./days";

export type DealOutcome = "open" | "won" | "lost";

export interface DealFact {
  outcome: DealOutcome;
  amountMinor: number;
  /** YYYY-MM-DD, or null for an open deal exported without one. */
  createdOn: string | null;
  /** YYYY-MM-DD; for an open deal the CRM's expected close, which closes nothing. */
  closeDate: string | null;
}

export interface DealPeriod {
  from: string;
  to: string;
}

/** What a set of deals contributes over a period; tallies of disjoint sets add up. */
export interface DealTally {
  opened: number;
  won: number;
  lost: number;
  open: number;
  revenueMinor: number;
  /** Created → close in days, one entry per won deal closed in the period. */
  cycleDays: number[];
}

export interface DealFigures {
  opened: number;
  won: number;
  lost: number;
  open: number;
  /** null when nothing closed in the period. */
  winRate: number | null;
  revenueMinor: number;
  /** null when nothing was won. */
  averageDealSizeMinor: number | null;
  medianCycleDays: number | null;
  /** Sample sizes: deals closed (won + lost) behind the win rate, won deals behind size and cycle. */
  closed: number;
}

export const EMPTY_DEAL_TALLY: DealTally = Object.freeze({ opened: 0, won: 0, lost: 0, open: 0, revenueMinor: 0, cycleDays: [] as number[] }) as DealTally;

export function tallyDeals(deals: Iterable<DealFact>, period: DealPeriod): DealTally {
  const tally: DealTally = { opened: 0, won: 0, lost: 0, open: 0, revenueMinor: 0, cycleDays: [] };
  for (const deal of deals) {
    const created = deal.createdOn;
    if (created !== null && created >= period.from && created <= period.to) tally.opened++;
    const closed = deal.outcome !== "open" && deal.closeDate !== null;
    const closedBy = closed && deal.closeDate !== null && deal.closeDate <= period.to;
    if (closedBy && deal.closeDate !== null && deal.closeDate >= period.from) {
      if (deal.outcome === "won") {
        tally.won++;
        tally.revenueMinor += deal.amountMinor;
        if (created !== null) tally.cycleDays.push(daysBetween(created, deal.closeDate));
      } else tally.lost++;
    }
    if (!closedBy && (created === null || created <= period.to)) tally.open++;
  }
  return tally;
}

export function addDealTallies(tallies: Iterable<DealTally>): DealTally {
  const total: DealTally = { opened: 0, won: 0, lost: 0, open: 0, revenueMinor: 0, cycleDays: [] };
  for (const tally of tallies) {
    total.opened += tally.opened;
    total.won += tally.won;
    total.lost += tally.lost;
    total.open += tally.open;
    total.revenueMinor += tally.revenueMinor;
    for (const days of tally.cycleDays) total.cycleDays.push(days);
  }
  return total;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function dealFigures(tally: DealTally): DealFigures {
  const closed = tally.won + tally.lost;
  return {
    opened: tally.opened,
    won: tally.won,
    lost: tally.lost,
    open: tally.open,
    winRate: closed === 0 ? null : tally.won / closed,
    revenueMinor: tally.revenueMinor,
    averageDealSizeMinor: tally.won === 0 ? null : tally.revenueMinor / tally.won,
    medianCycleDays: median(tally.cycleDays),
    closed,
  };
}
