import "server-only";
import { readDb } from "@/lib/db";
import type { Period } from "@/lib/calendar/periods";
import type { PeriodStanding } from "@/lib/coaching/pacing";
import { periodToDate } from "@/lib/goals/periods";
import { loadRevenueByRep } from "@/lib/server/goals/load-period-revenue";

export type { PeriodStanding } from "@/lib/coaching/pacing";

/** Where a group of reps (already scoped by the caller) stands in a period: two queries, whatever the group's size. */
export async function loadPeriodStanding(organizationId: string, repIds: readonly string[], period: Period, today: string): Promise<PeriodStanding> {
  if (repIds.length === 0) return { quotaMinor: new Map(), wonToDateMinor: new Map() };
  const toDate = periodToDate(period, today);
  const [quotas, won] = await Promise.all([
    readDb.quota.findMany({
      where: { organizationId, period: period.key, repId: { in: [...repIds] } },
      select: { repId: true, amountMinor: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    toDate ? loadRevenueByRep(organizationId, toDate, repIds) : Promise.resolve(new Map<string, number>()),
  ]);
  const quotaMinor = new Map<string, number>();
  for (const quota of quotas) quotaMinor.set(quota.repId, Number(quota.amountMinor));
  return { quotaMinor, wonToDateMinor: won };
}
