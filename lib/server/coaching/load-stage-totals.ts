import "server-only";
import { readDb, readPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween } from "@/lib/calendar/days";
import { stagesToCompareByDay, type DailyLog } from "@/lib/coaching/data-quality";
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
   * Stage → count per day of the window (index 0 is its first day), stages counted from activity
   * only (the data checks); undefined for an organization-wide load of more than 200 reps.
   */
  daily?: DailyLog;
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
  for (const repId of repIds) result.set(repId, { repId, totals: {}, activeDays: 0, firstDay: null });
  if (repIds.length === 0) return result;
  // The hottest query of the product: plain node-postgres (no ORM row mapping) on the read pool.
  // A whole organization's worth of reps is filtered by organization alone (the id list would only
  // add a semi-join); rows of reps not asked for are dropped below.
  // The data checks' day-by-day log rides along in the same query as ONE bit string per rep and
  // stage, a bit per day of the window (bit i = day i), OR-ed over the rows: the rows are grouped
  // exactly as the floor's sums are. An array of days and one of counts cost twice the sums; one
  // integer bitmap per 31-day stretch needed the rows grouped by stretch too (decision 0034).
  // Not for a whole organization's worth of reps: the rollup reads pooled figures, and each rep's
  // own screens run the checks.
  const windowLength = daysBetween(window.from, window.to) + 1;
  const logged = byOrganization ? "" : `, (bit_or(B'1'::bit(${windowLength}) >> ("day" - $2::date)) FILTER (WHERE "value" > 0))::text AS logged`;
  // One round trip: the activity sums and, on a second connection at the same time, where the
  // funnel counts from with the deal counts it may need (or just the deal counts, when the caller
  // already knows the sources and they say deals). Deals used to be read after the sources came back.
  const needsDeals = (funnel: FunnelSources) => Object.values(funnel.sources).includes("deals");
  const [{ rows }, { funnel, deals }] = await Promise.all([
    readPool().query<{ repId: string; stage: string; total: number; days: number; firstDay: string; logged?: string | null }>(
      `SELECT "repId", "stage", SUM("value")::float8 AS total, COUNT(*)::int AS days, MIN("day")::text AS "firstDay"${logged}
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
  const logs = new Map<string, LogBeingRead>();
  for (const row of rows) {
    const entry = result.get(row.repId);
    if (!entry) continue;
    entry.totals[row.stage] = Number(row.total);
    // The stage seen on most days counts the active days.
    entry.activeDays = Math.max(entry.activeDays, Number(row.days));
    if (!entry.firstDay || row.firstDay < entry.firstDay) entry.firstDay = row.firstDay;
    if (row.logged === undefined) continue;
    let log = logs.get(row.repId);
    if (!log) logs.set(row.repId, (log = { logged: {}, totals: {}, counts: {} }));
    const loggedOn = (log.logged[row.stage] = new Uint8Array(windowLength));
    const bits = row.logged ?? "";
    for (let day = bits.indexOf("1"); day !== -1; day = bits.indexOf("1", day + 1)) loggedOn[day] = 1;
  }
  const countedFromDeals = (stage: string) => funnel.sources[stage] === "deals";
  for (const [repId, log] of logs) {
    // A stage counted from deals is not in the log the data checks read.
    for (const stage of Object.keys(log.logged)) {
      if (countedFromDeals(stage)) delete log.logged[stage];
      else log.totals[stage] = result.get(repId)?.totals[stage] ?? 0;
    }
  }
  if (!byOrganization) {
    for (const entry of result.values()) entry.daily = logs.get(entry.repId) ?? { logged: {}, totals: {}, counts: {} };
    await loadCountsToCompare(organizationId, window, windowLength, funnel, logs);
  }
  // Stages the organization counts from CRM deals take the deals' figures instead (never both).
  if (needsDeals(funnel)) {
    for (const entry of result.values()) entry.totals = applyDealCounts(entry.totals, deals.get(entry.repId) ?? { opened: 0, won: 0, revenueMinor: 0 }, funnel.stageKeys, funnel.sources);
  }
  return result;
}

/** A rep's DailyLog while this loader fills it in. */
type LogBeingRead = { -readonly [K in keyof DailyLog]: Record<string, DailyLog[K][string]> };

/**
 * The day-by-day counts the data checks compare (stagesToCompareByDay): only for a rep whose later
 * stage outnumbers the one before it over the window, so clean logging costs no extra round trip.
 */
async function loadCountsToCompare(
  organizationId: string,
  window: { from: string; to: string },
  windowLength: number,
  funnel: FunnelSources,
  logs: Map<string, LogBeingRead>,
): Promise<void> {
  const activityStages = funnel.stageKeys.filter((stage) => funnel.sources[stage] !== "deals").map((key) => ({ key }));
  const repIds: string[] = [];
  const stages: string[] = [];
  for (const [repId, log] of logs) {
    for (const stage of stagesToCompareByDay(activityStages, log.totals)) {
      if (!log.logged[stage]) continue;
      // Zero on every day until a positive count says otherwise (a stage logged only as zeros has none).
      log.counts[stage] = new Float64Array(windowLength);
      repIds.push(repId);
      stages.push(stage);
    }
  }
  if (repIds.length === 0) return;
  const { rows } = await readPool().query<{ repId: string; stage: string; offset: number; value: number }>(
    `SELECT a."repId", a."stage", (a."day" - $2::date) AS "offset", a."value"::float8 AS value
     FROM "Activity" a JOIN unnest($4::text[], $5::text[]) AS wanted("repId", "stage") ON wanted."repId" = a."repId" AND wanted."stage" = a."stage"
     WHERE a."organizationId" = $1 AND a."day" BETWEEN $2::date AND $3::date AND a."value" > 0`,
    [organizationId, window.from, window.to, repIds, stages],
  );
  for (const row of rows) {
    const counts = logs.get(row.repId)?.counts[row.stage];
    if (counts) counts[Number(row.offset)] = Number(row.value);
  }
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
