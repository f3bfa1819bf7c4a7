import "server-only";
import { db } from "@/lib/db";
import { isWeekday as isWorkingDay, parseDay, todayIn } from "@/lib/calendar/days";
import { targetDayOf } from "@/lib/coaching/pacing";
import { REVENUE_STAGE } from "@/lib/import/types";
import { visibleRepsWhere } from "@/lib/access/policy";
import { NotFoundError } from "@/lib/server/http/errors";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { getRepReverseFunnel } from "@/lib/server/goals/get-rep-reverse-funnel";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface DailyTargets {
  day: string;
  /** Where the figures come from, for the label on screen: the rep's quota worked back through their own funnel, or the organization's benchmarks; none on a day off. */
  source: "organization_benchmarks" | "quota_reverse_funnel" | "non_working_day";
  /** Stage key → target for one working day (fractional below the top of the funnel); "revenue" in minor units. Null where a benchmark is missing. */
  perStage: Record<string, number | null>;
}

/**
 * A rep's activity target for one working day (none on a weekend). For today and a rep with a
 * quota: what the reverse funnel says each stage needs per working day for the rest of the period,
 * at the rep's own ratios, as of the close of the day before (lib/server/goals/get-rep-reverse-funnel.ts,
 * the same call as /me and the API: the figure does not move while the rep logs). Otherwise (another day, no quota, or not enough data
 * to work back from it) the organization's volume benchmark (top of the funnel per working day)
 * cascaded down the funnel by the organization's ratio benchmarks, and the deal-size benchmark for revenue.
 */
export async function getDailyTargets(viewer: Viewer, input: { repId: string; day: string }): Promise<DailyTargets> {
  const rep = await db.user.findFirst({ where: { AND: [visibleRepsWhere(viewer), { id: input.repId }] }, select: { id: true } });
  if (!rep) throw new NotFoundError("Rep");
  if (!isWorkingDay(input.day)) return { day: input.day, source: "non_working_day", perStage: {} };
  const fromQuota = await quotaTargets(viewer, rep.id, input.day);
  if (fromQuota) return { day: input.day, source: "quota_reverse_funnel", perStage: fromQuota };
  const [stages, benchmarks] = await Promise.all([
    getFunnelStages(viewer.organizationId),
    db.benchmark.findMany({
      where: { organizationId: viewer.organizationId, teamId: null, retractedAt: null, effectiveFrom: { lte: parseDay(input.day) } },
      select: { leverKey: true, value: true },
      orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
    }),
  ]);
  // Newest first: the first row of a lever is the one in force on that day.
  const inForce = new Map<string, number>();
  for (const benchmark of benchmarks) if (!inForce.has(benchmark.leverKey)) inForce.set(benchmark.leverKey, benchmark.value);

  const perStage: Record<string, number | null> = {};
  let previous: { key: string; target: number | null } | null = null;
  for (const stage of stages) {
    let target: number | null;
    if (!previous) target = inForce.get("volume") ?? null;
    else {
      const ratio = inForce.get(`${previous.key}_to_${stage.key}`);
      target = previous.target !== null && ratio !== undefined ? previous.target * ratio : null;
    }
    perStage[stage.key] = target;
    previous = { key: stage.key, target };
  }
  const dealSize = inForce.get("deal_size");
  const won = previous?.target ?? null;
  perStage[REVENUE_STAGE] = won !== null && dealSize !== undefined ? Math.round(won * dealSize) : null;
  return { day: input.day, source: "organization_benchmarks", perStage };
}

/** The reverse funnel's needs per working day, for today only (it works from where the rep stands today). */
async function quotaTargets(viewer: Viewer, repId: string, day: string): Promise<Record<string, number | null> | null> {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { timeZone: true } });
  if (day !== targetDayOf(todayIn(organization.timeZone))) return null;
  const quota = await db.quota.findFirst({ where: { organizationId: viewer.organizationId, repId, periodEnd: { gte: parseDay(day) } }, select: { id: true } });
  if (!quota) return null;
  const funnel = await getRepReverseFunnel(viewer, repId);
  if (funnel.status !== "behind" && funnel.status !== "ahead" && funnel.status !== "no_pace") return null;
  const perStage: Record<string, number | null> = Object.fromEntries(funnel.targets.map((target) => [target.stage, target.neededPerDay]));
  perStage[REVENUE_STAGE] = funnel.neededRevenuePerDayMinor === null ? null : Math.round(funnel.neededRevenuePerDayMinor);
  return perStage;
}
