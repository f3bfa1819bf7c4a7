import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween, workingDaysBetween } from "@/lib/calendar/days";
import { leversFor, type FunnelStageDef, type LeverDef } from "@/lib/coaching";
import type { BeforeAfter } from "@/lib/coaching/experiments";
import { leverIncrement } from "@/lib/coaching/plan-status";

export interface DaySpan {
  from: string;
  to: string;
}

export interface LeverComparisonRequest {
  /** The caller's key for this comparison (a plan's or a commitment's id). */
  key: string;
  repId: string;
  leverKey: string;
  before: DaySpan;
  after: DaySpan;
  /** Reps who are not comparable (they had a plan or a commitment on the lever over these days). */
  excludeRepIds: readonly string[];
}

export interface LeverComparison {
  lever: LeverDef;
  rep: BeforeAfter;
  /** Every other rep of the organization with activity on both sides, measured on the same days. */
  comparables: BeforeAfter[];
}

/**
 * The lever of each request's rep before and after, and of every comparable rep over the same
 * days, from ONE query of daily totals for any number of requests (decision 0035). Callers pass requests
 * they have already scoped to the viewer; the organization id is always a filter too.
 */
export async function loadLeverComparisons(
  organization: { id: string; stages: FunnelStageDef[] },
  requests: readonly LeverComparisonRequest[],
): Promise<Map<string, LeverComparison>> {
  const result = new Map<string, LeverComparison>();
  const leverOf = new Map(leversFor(organization.stages).map((lever) => [lever.key, lever]));
  const measurable = requests.filter((request) => leverOf.has(request.leverKey) && request.before.from <= request.before.to && request.after.from <= request.after.to);
  if (measurable.length === 0) return result;
  // One read of the daily totals over every span, then prefix sums: each span's total is two
  // lookups, however many requests share the days (a join per span costs spans × rows).
  const first = measurable.reduce((min, request) => (request.before.from < min ? request.before.from : min), measurable[0]!.before.from);
  const last = measurable.reduce((max, request) => (request.after.to > max ? request.after.to : max), measurable[0]!.after.to);
  const days = daysBetween(first, last) + 1;
  const rows = await readDb.$queryRaw<{ repId: string; offset: number; stage: string; total: number }[]>(Prisma.sql`
    SELECT "repId", ("day" - ${first}::date)::int AS "offset", "stage", SUM("value")::float8 AS total
    FROM "Activity"
    WHERE "organizationId" = ${organization.id} AND "day" BETWEEN ${first}::date AND ${last}::date
    GROUP BY 1, 2, 3`);
  // cumulative[repId][stage][i] = total of days 0 … i − 1 (so a span [a, b] is cumulative[b + 1] − cumulative[a]).
  const cumulative = new Map<string, Map<string, Float64Array>>();
  for (const row of rows) {
    const stages = cumulative.get(row.repId) ?? new Map<string, Float64Array>();
    const series = stages.get(row.stage) ?? new Float64Array(days + 1);
    series[row.offset + 1] = (series[row.offset + 1] ?? 0) + Number(row.total);
    stages.set(row.stage, series);
    cumulative.set(row.repId, stages);
  }
  for (const stages of cumulative.values()) for (const series of stages.values()) for (let i = 1; i <= days; i++) series[i] = (series[i] ?? 0) + (series[i - 1] ?? 0);
  const daysLogged = new Map<string, Float64Array>();
  for (const row of rows) {
    const series = daysLogged.get(row.repId) ?? new Float64Array(days + 1);
    series[row.offset + 1] = 1;
    daysLogged.set(row.repId, series);
  }
  for (const series of daysLogged.values()) for (let i = 1; i <= days; i++) series[i] = (series[i] ?? 0) + (series[i - 1] ?? 0);
  const totalsOver = (repId: string, span: DaySpan): Record<string, number> | null => {
    const from = daysBetween(first, span.from);
    const to = daysBetween(first, span.to) + 1;
    const logged = daysLogged.get(repId);
    // No activity at all over the span: the rep is not measured on it.
    if (!logged || (logged[to] ?? 0) - (logged[from] ?? 0) === 0) return null;
    const totals: Record<string, number> = {};
    for (const [stage, series] of cumulative.get(repId) ?? []) totals[stage] = (series[to] ?? 0) - (series[from] ?? 0);
    return totals;
  };

  for (const request of measurable) {
    const lever = leverOf.get(request.leverKey);
    if (!lever) continue;
    const beforeDays = workingDaysBetween(request.before.from, request.before.to);
    const afterDays = workingDaysBetween(request.after.from, request.after.to);
    const measure = (repId: string): BeforeAfter | null => {
      const before = totalsOver(repId, request.before);
      const after = totalsOver(repId, request.after);
      if (!before || !after) return null;
      return { before: leverIncrement(organization.stages, lever, before, beforeDays), after: leverIncrement(organization.stages, lever, after, afterDays) };
    };
    const excluded = new Set([request.repId, ...request.excludeRepIds]);
    const comparables = [...cumulative.keys()].flatMap((repId) => {
      if (excluded.has(repId)) return [];
      const measured = measure(repId);
      return measured ? [measured] : [];
    });
    const empty = { numerator: 0, denominator: 0 };
    result.set(request.key, { lever, rep: measure(request.repId) ?? { before: empty, after: empty }, comparables });
  }
  return result;
}
