import "server-only";
import { readDb, readPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/days";
import { applyDealCounts, type DealStageCounts } from "@/lib/coaching/funnel-source";
import { loadDealStageCounts, loadFunnelSourcesWithDealCounts, type FunnelSources } from "@/lib/server/deals/load-funnel-sources";

export interface RepStageTotals {
  repId: string;
  /** Stage key → summed count; "revenue" → revenue in minor units. */
  totals: Record<string, number>;
  /** Days with any activity logged in the window. */
  activeDays: number;
  /** First day with activity in the window (null when none). */
  firstDay: string | null;
  /**
   * Stage → day → count, days with a positive count only, stages counted from activity only (the
   * data checks); undefined for an organization-wide load of more than 200 reps.
   */
  daily?: Record<string, Record<string, number>>;
}

/**
 * Stage totals per rep over a window, in ONE grouped query for any number of reps. The caller
 * passes rep ids it has already scoped to the viewer; the organization id is always a filter too.
 */
export async function loadStageTotals(
  organizationId: string,
  repIds: readonly string[],
  window: { from: string; to: string },
  // Where each stage is counted from, when the caller already read it (a read model reading several windows).
  funnelSources?: FunnelSources,
): Promise<Map<string, RepStageTotals>> {
  const result = new Map<string, RepStageTotals>();
  const byOrganization = repIds.length > 200;
  for (const repId of repIds) result.set(repId, { repId, totals: {}, activeDays: 0, firstDay: null, daily: byOrganization ? undefined : {} });
  if (repIds.length === 0) return result;
  // The hottest query of the product: plain node-postgres (no ORM row mapping) on the read pool.
  // A whole organization's worth of reps is filtered by organization alone (the id list would only
  // add a semi-join); rows of reps not asked for are dropped below.
  // The day-by-day log rides along in the same query, as day offsets into the window and their
  // counts (positive counts only), so the data checks cost no extra round trip. Not for a whole
  // organization's worth of reps: there the arrays would cost several times the sums (decision 0034),
  // and the rollup reads pooled figures; each rep's own screens run the checks.
  const daily = byOrganization ? "" : `, array_agg("day" - $2::date) FILTER (WHERE "value" > 0) AS offsets, array_agg("value"::float8) FILTER (WHERE "value" > 0) AS counts`;
  // One round trip: the activity sums and, on a second connection at the same time, where the
  // funnel counts from with the deal counts it may need (or just the deal counts, when the caller
  // already knows the sources and they say deals). Deals used to be read after the sources came back.
  const needsDeals = (funnel: FunnelSources) => Object.values(funnel.sources).includes("deals");
  const [{ rows }, { funnel, deals }] = await Promise.all([
    readPool().query<{ repId: string; stage: string; total: number; days: number; firstDay: string; offsets?: number[] | null; counts?: number[] | null }>(
      `SELECT "repId", "stage", SUM("value")::float8 AS total, COUNT(*)::int AS days, MIN("day")::text AS "firstDay"${daily}
     FROM "Activity"
     WHERE "organizationId" = $1 AND "day" BETWEEN $2::date AND $3::date ${byOrganization ? "" : `AND "repId" = ANY($4::text[])`}
     GROUP BY "repId", "stage"`,
      byOrganization ? [organizationId, window.from, window.to] : [organizationId, window.from, window.to, [...repIds]],
    ),
    funnelSources
      ? needsDeals(funnelSources)
        ? loadDealStageCounts(organizationId, repIds, window).then((counts) => ({ funnel: funnelSources, deals: counts }))
        : { funnel: funnelSources, deals: new Map<string, DealStageCounts>() }
      : loadFunnelSourcesWithDealCounts(organizationId, repIds, window),
  ]);
  // Offset → day key, built once per call rather than once per row.
  const dayAt: string[] = [];
  const dayOf = (offset: number) => (dayAt[offset] ??= addDays(window.from, offset));
  for (const row of rows) {
    const entry = result.get(row.repId);
    if (!entry) continue;
    entry.totals[row.stage] = Number(row.total);
    // One row per rep, day and stage: the stage seen on most days counts the active days.
    entry.activeDays = Math.max(entry.activeDays, Number(row.days));
    if (!entry.firstDay || row.firstDay < entry.firstDay) entry.firstDay = row.firstDay;
    if (row.offsets === undefined) continue;
    const byDay: Record<string, number> = {};
    const offsets = row.offsets ?? [];
    const counts = row.counts ?? [];
    for (let index = 0; index < offsets.length; index++) byDay[dayOf(offsets[index] ?? 0)] = Number(counts[index] ?? 0);
    if (entry.daily) entry.daily[row.stage] = byDay;
  }
  // Stages the organization counts from CRM deals take the deals' figures instead (never both).
  if (needsDeals(funnel)) {
    for (const entry of result.values()) {
      // A stage counted from deals is not in the log the data checks read.
      for (const [stage, source] of Object.entries(funnel.sources)) if (source === "deals" && entry.daily) delete entry.daily[stage];
      entry.totals = applyDealCounts(entry.totals, deals.get(entry.repId) ?? { opened: 0, won: 0, revenueMinor: 0 }, funnel.stageKeys, funnel.sources);
    }
  }
  return result;
}

export interface WeeklyStageTotals {
  repId: string;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  totals: Record<string, number>;
}

/** Stage totals per rep and ISO week, for trend charts: one grouped query as well. */
export async function loadWeeklyStageTotals(organizationId: string, repIds: readonly string[], window: { from: string; to: string }): Promise<WeeklyStageTotals[]> {
  if (repIds.length === 0) return [];
  const rows = await readDb.$queryRaw<{ repId: string; week: string; stage: string; total: number }[]>(Prisma.sql`
    SELECT "repId", to_char(date_trunc('week', "day"), 'YYYY-MM-DD') AS week, "stage", SUM("value")::float8 AS total
    FROM "Activity"
    WHERE "organizationId" = ${organizationId}
      AND "repId" = ANY(${[...repIds]}::text[])
      AND "day" BETWEEN ${window.from}::date AND ${window.to}::date
    GROUP BY 1, 2, 3
    ORDER BY 2`);
  const byKey = new Map<string, WeeklyStageTotals>();
  for (const row of rows) {
    const key = `${row.repId}|${row.week}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { repId: row.repId, week: row.week, totals: {} };
      byKey.set(key, entry);
    }
    entry.totals[row.stage] = Number(row.total);
  }
  return [...byKey.values()];
}
