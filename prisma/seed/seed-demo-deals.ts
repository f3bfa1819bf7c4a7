// A year of CRM deals for the demo organization, drawn from each rep's selling profile with its own
// seeded PRNG (the rest of the demo data keeps its random sequence): opportunities per working day
// from the profile's funnel, won at opportunities→proposals × proposals→won, a 60-day median cycle,
// amounts around the rep's deal size. Deals closing after today are still open.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { upsertDeals } from "@/lib/deals/upsert-deals";
import type { DealRecord } from "@/lib/import/deals/types";
import { addDays, isWeekday } from "@/lib/calendar/days";
import type { DemoRep } from "./demo-profiles";
import { createRandom } from "./random";

const DEAL_HISTORY_DAYS = 365;
const OPEN_STAGES = ["Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review"];
const LOST_REASONS = ["Price", "No decision", "Lost to competitor", "Timing", "No budget"];
const PRODUCTS = ["Platform", "Analytics add-on", "Enterprise suite"];

export function demoDeals(reps: readonly { id: string; rep: DemoRep }[], today: string): DealRecord[] {
  const random = createRandom(20261206);
  const deals: DealRecord[] = [];
  for (const { id, rep } of reps) {
    const { profile } = rep;
    const perDay = profile.volume * profile.dialsToConversations * profile.conversationsToMeetings * profile.meetingsToOpportunities;
    const days = rep.historyDays ? Math.ceil((rep.historyDays * 7) / 5) : DEAL_HISTORY_DAYS;
    for (let offset = days; offset >= 0; offset--) {
      const created = addDays(today, -offset);
      if (!isWeekday(created)) continue;
      const count = random.binomial(Math.ceil(perDay * 3), perDay / Math.ceil(perDay * 3));
      for (let index = 0; index < count; index++) {
        const roll = random.next();
        const won = roll < profile.opportunitiesToProposals * profile.proposalsToWon;
        const cycle = Math.max(7, Math.round(random.normal(won ? 60 : 45, 20)));
        const closeDate = addDays(created, cycle);
        const amountMinor = Math.max(1_000, Math.round((Math.max(0.25, random.normal(1, 0.35)) * profile.dealSize) / 100) * 100) * 100;
        const externalId = `006DEMO${String(deals.length + 1).padStart(6, "0")}`;
        const base = { externalId, ownerId: id, amountMinor, createdOn: created, productName: random.pick(PRODUCTS), accountName: `Account ${1 + random.int(0, 899)}` };
        if (closeDate > today) deals.push({ ...base, stage: random.pick(OPEN_STAGES), outcome: "open", closeDate, lostReason: null });
        else if (won) deals.push({ ...base, stage: "Closed Won", outcome: "won", closeDate, lostReason: null });
        else deals.push({ ...base, stage: "Closed Lost", outcome: "lost", closeDate, lostReason: random.pick(LOST_REASONS) });
      }
    }
  }
  return deals;
}

export async function seedDemoDeals(prisma: PrismaClient | Prisma.TransactionClient, organizationId: string, reps: readonly { id: string; rep: DemoRep }[], today: string): Promise<number> {
  const deals = demoDeals(reps, today);
  await upsertDeals(prisma, organizationId, null, deals, { lostReason: true, product: true, account: true });
  // The demo's coaching stories are told by its logged activity (the deals are drawn apart from it),
  // so its funnel keeps counting opportunities, won and revenue from activity; Settings → Funnel switches.
  await prisma.funnelStageSource.createMany({ data: ["opportunities", "won", "revenue"].map((stageKey) => ({ organizationId, stageKey, source: "activity" })), skipDuplicates: true });
  return deals.length;
}
