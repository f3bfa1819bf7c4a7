// Deal exports with known answers: a deterministic generator and the figures worked out directly
// from its rows (written apart from lib/coaching/deal-figures, so the two check each other).
import type { ExportedDeal } from "./deal-export";

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateDeals(options: { count: number; owners: readonly string[]; from: string; to: string; seed: number; idPrefix?: string }): ExportedDeal[] {
  const next = random(options.seed);
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const span = (Date.parse(`${options.to}T00:00:00Z`) - start) / DAY_MS;
  const deals: ExportedDeal[] = [];
  for (let index = 0; index < options.count; index++) {
    const owner = options.owners[Math.floor(next() * options.owners.length)] ?? "";
    const created = start + Math.floor(next() * span) * DAY_MS;
    const roll = next();
    const amountMinor = Math.floor(next() * 5_000_000) * 10 + 100_000;
    const cycle = 5 + Math.floor(next() * 120);
    const closeMs = Math.min(created + cycle * DAY_MS, start + span * DAY_MS);
    const id = `${options.idPrefix ?? "0065"}${String(index).padStart(6, "0")}`;
    if (roll < 0.3) deals.push({ id, owner, stage: "Closed Won", amountMinor, createdOn: toDay(created), closeDate: toDay(closeMs), account: `Account ${index}` });
    else if (roll < 0.65) deals.push({ id, owner, stage: "Closed Lost", amountMinor, createdOn: toDay(created), closeDate: toDay(closeMs), lostReason: "Price", account: `Account ${index}` });
    else if (roll < 0.9) deals.push({ id, owner, stage: next() < 0.5 ? "Negotiation/Review" : "Proposal/Price Quote", amountMinor, createdOn: toDay(created), closeDate: null });
    else deals.push({ id, owner, stage: "Prospecting", amountMinor: 0, createdOn: null, closeDate: null });
  }
  return deals;
}

/** The API's figures (major units) for these rows over [from, to], worked out row by row. */
export function expectedDealFigures(deals: readonly ExportedDeal[], period: { from: string; to: string }) {
  const within = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const isWon = (deal: ExportedDeal) => deal.stage === "Closed Won";
  const isLost = (deal: ExportedDeal) => deal.stage === "Closed Lost";
  const wonDeals = deals.filter((deal) => isWon(deal) && within(deal.closeDate));
  const lost = deals.filter((deal) => isLost(deal) && within(deal.closeDate)).length;
  const opened = deals.filter((deal) => within(deal.createdOn)).length;
  const open = deals.filter((deal) => {
    const createdBy = deal.createdOn === null || deal.createdOn <= period.to;
    const closedBy = (isWon(deal) || isLost(deal)) && deal.closeDate !== null && deal.closeDate <= period.to;
    return createdBy && !closedBy;
  }).length;
  const revenueMinor = wonDeals.reduce((sum, deal) => sum + deal.amountMinor, 0);
  const cycles = wonDeals.map((deal) => (Date.parse(`${deal.closeDate}T00:00:00Z`) - Date.parse(`${deal.createdOn}T00:00:00Z`)) / DAY_MS).sort((a, b) => a - b);
  const middle = cycles.length >> 1;
  const median = cycles.length === 0 ? null : cycles.length % 2 ? (cycles[middle] ?? 0) : ((cycles[middle - 1] ?? 0) + (cycles[middle] ?? 0)) / 2;
  const won = wonDeals.length;
  return {
    opened,
    won,
    lost,
    open,
    winRate: won + lost === 0 ? null : won / (won + lost),
    revenue: revenueMinor / 100,
    averageDealSize: won === 0 ? null : Math.round(revenueMinor / won) / 100,
    medianCycleDays: median,
  };
}
