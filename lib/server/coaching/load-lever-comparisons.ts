import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { workingDaysBetween } from "@/lib/calendar/days";
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
 * days, in ONE grouped query for any number of requests (decision 0035). Callers pass requests
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
  const column = (pick: (request: LeverComparisonRequest) => string) => measurable.map(pick);
  const rows = await readDb.$queryRaw<{ key: string; repId: string; side: "before" | "after"; stage: string; total: number }[]>(Prisma.sql`
    WITH spans AS (
      SELECT * FROM unnest(${column((r) => r.key)}::text[], ${column((r) => r.before.from)}::text[], ${column((r) => r.before.to)}::text[],
                           ${column((r) => r.after.from)}::text[], ${column((r) => r.after.to)}::text[]) AS s("key", "beforeFrom", "beforeTo", "afterFrom", "afterTo"))
    SELECT s."key", a."repId", CASE WHEN a."day" <= s."beforeTo"::date THEN 'before' ELSE 'after' END AS side, a."stage", SUM(a."value")::float8 AS total
    FROM spans s
    JOIN "Activity" a ON a."organizationId" = ${organization.id}
      AND ((a."day" BETWEEN s."beforeFrom"::date AND s."beforeTo"::date) OR (a."day" BETWEEN s."afterFrom"::date AND s."afterTo"::date))
    GROUP BY 1, 2, 3, 4`);

  const totals = new Map<string, { before?: Record<string, number>; after?: Record<string, number> }>();
  for (const row of rows) {
    const id = `${row.key}|${row.repId}`;
    const sides = totals.get(id) ?? {};
    const side = (sides[row.side] ??= {});
    side[row.stage] = Number(row.total);
    totals.set(id, sides);
  }
  const repsOf = new Map<string, Set<string>>();
  for (const row of rows) {
    const reps = repsOf.get(row.key) ?? new Set<string>();
    reps.add(row.repId);
    repsOf.set(row.key, reps);
  }

  for (const request of measurable) {
    const lever = leverOf.get(request.leverKey);
    if (!lever) continue;
    const beforeDays = workingDaysBetween(request.before.from, request.before.to);
    const afterDays = workingDaysBetween(request.after.from, request.after.to);
    const measure = (repId: string): BeforeAfter | null => {
      const sides = totals.get(`${request.key}|${repId}`);
      if (!sides?.before || !sides.after) return null;
      return {
        before: leverIncrement(organization.stages, lever, sides.before, beforeDays),
        after: leverIncrement(organization.stages, lever, sides.after, afterDays),
      };
    };
    const excluded = new Set([request.repId, ...request.excludeRepIds]);
    const comparables = [...(repsOf.get(request.key) ?? [])].flatMap((repId) => {
      if (excluded.has(repId)) return [];
      const measured = measure(repId);
      return measured ? [measured] : [];
    });
    const empty = { numerator: 0, denominator: 0 };
    result.set(request.key, { lever, rep: measure(request.repId) ?? { before: empty, after: empty }, comparables });
  }
  return result;
}
