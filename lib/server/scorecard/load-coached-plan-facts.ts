import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, startOfIsoWeek, todayIn, workingDaysBetween, dayKey } from "@/lib/calendar/days";
import { leversFor, type FunnelStageDef, type LeverDef } from "@/lib/coaching";
import { leverIncrement } from "@/lib/coaching/plan-status";
import type { CoachedPlanFact, LeverSample, ScorecardWindow } from "@/lib/coaching/scorecard";

// The coached-against-uncoached comparison of the scorecard (lib/coaching/scorecard/): the
// managers' plans measured on their levers against every other rep, from one grouped query.

/** The "before" of a plan: the 13 whole ISO weeks before the week it started. */
const BEFORE_WEEKS = 13;

export type PlanRow = {
  id: string;
  subjectId: string;
  ownerId: string;
  leverKey: string | null;
  startedOn: Date;
  status: "ACTIVE" | "ACHIEVED" | "CLOSED";
  closedAt: Date | null;
  expectedFrom: number | null;
  expectedTo: number | null;
  reviewOn: Date | null;
};

const day = dayKey;
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Coached against uncoached, per manager and window (key `managerId|windowIndex`): each of the
 * manager's plans running in the window, measured on its lever over the 13 weeks before its start
 * and from its start week to the window's end (or the plan's, if earlier), and every rep of the
 * organization with activity and no plan on that lever over those dates, measured the same way.
 * One grouped query of weekly totals; the weeks make the dates whole ISO weeks.
 */
export async function loadCoachedPlanFacts(input: {
  organizationId: string;
  timeZone: string;
  asOf: string;
  stages: FunnelStageDef[];
  windows: ScorecardWindow[];
  plans: PlanRow[];
  managerIds: string[];
}): Promise<Map<string, CoachedPlanFact[]>> {
  const result = new Map<string, CoachedPlanFact[]>();
  const { timeZone, asOf, stages, windows } = input;
  const first = windows[0];
  if (!first) return result;
  const leverOf = new Map(leversFor(stages).map((lever) => [lever.key, lever]));
  const endOf = (plan: PlanRow) => (plan.status === "ACTIVE" ? null : plan.closedAt ? todayIn(timeZone, plan.closedAt) : day(plan.startedOn));
  const managers = new Set(input.managerIds);
  const candidates = input.plans.filter((plan) => {
    const end = endOf(plan);
    return managers.has(plan.ownerId) && plan.leverKey !== null && leverOf.has(plan.leverKey) && day(plan.startedOn) <= asOf && (end === null || end >= first.from);
  });
  if (candidates.length === 0) return result;

  const earliest = candidates.reduce((min, plan) => earlier(min, day(plan.startedOn)), asOf);
  const spanFrom = addDays(startOfIsoWeek(earliest), -7 * BEFORE_WEEKS);
  const rows = await readDb.$queryRaw<{ repId: string; week: string; stage: string; total: number }[]>(Prisma.sql`
    SELECT "repId", to_char(date_trunc('week', "day"), 'YYYY-MM-DD') AS week, "stage", SUM("value")::float8 AS total
    FROM "Activity"
    WHERE "organizationId" = ${input.organizationId} AND "day" BETWEEN ${spanFrom}::date AND ${asOf}::date
    GROUP BY 1, 2, 3`);
  const weekly = new Map<string, Map<string, Record<string, number>>>();
  for (const row of rows) {
    const weeks = weekly.get(row.repId) ?? new Map<string, Record<string, number>>();
    const totals = weeks.get(row.week) ?? {};
    totals[row.stage] = Number(row.total);
    weeks.set(row.week, totals);
    weekly.set(row.repId, weeks);
  }
  // Who had a plan on which lever when (any owner, any status): they are coached, not comparable.
  const planned = new Map<string, { from: string; to: string }[]>();
  for (const plan of input.plans) {
    if (!plan.leverKey) continue;
    const key = `${plan.subjectId}|${plan.leverKey}`;
    const spans = planned.get(key) ?? [];
    spans.push({ from: day(plan.startedOn), to: endOf(plan) ?? asOf });
    planned.set(key, spans);
  }
  const measure = (lever: LeverDef, repId: string, fromWeek: string, toWeek: string, lastDay: string): LeverSample => {
    const totals: Record<string, number> = {};
    const weeks = weekly.get(repId);
    for (let week = fromWeek; week <= toWeek; week = addDays(week, 7)) {
      for (const [stage, value] of Object.entries(weeks?.get(week) ?? {})) totals[stage] = (totals[stage] ?? 0) + value;
    }
    return leverIncrement(stages, lever, totals, workingDaysBetween(fromWeek, lastDay));
  };

  for (const plan of candidates) {
    const lever = plan.leverKey ? leverOf.get(plan.leverKey) : undefined;
    if (!lever || !plan.leverKey) continue;
    const started = day(plan.startedOn);
    const startWeek = startOfIsoWeek(started);
    const beforeFrom = addDays(startWeek, -7 * BEFORE_WEEKS);
    const planEnd = endOf(plan);
    windows.forEach((window, index) => {
      if (started > window.to || (planEnd !== null && planEnd < window.from)) return;
      const endWeek = startOfIsoWeek(earlier(planEnd ?? asOf, window.to));
      const lastDay = earlier(addDays(endWeek, 6), asOf);
      const sampleOf = (repId: string) => ({
        before: measure(lever, repId, beforeFrom, addDays(startWeek, -7), addDays(startWeek, -1)),
        after: measure(lever, repId, startWeek, endWeek, lastDay),
      });
      const comparables = [...weekly.keys()].flatMap((repId) => {
        if (repId === plan.subjectId) return [];
        const overlapping = (planned.get(`${repId}|${plan.leverKey}`) ?? []).some((span) => span.from <= lastDay && span.to >= beforeFrom);
        return overlapping ? [] : [{ repId, ...sampleOf(repId) }];
      });
      const key = `${plan.ownerId}|${index}`;
      const facts = result.get(key) ?? [];
      facts.push({ kind: lever.kind, coached: sampleOf(plan.subjectId), comparables });
      result.set(key, facts);
    });
  }
  return result;
}
