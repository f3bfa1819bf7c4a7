import "server-only";
import { addDays, todayIn } from "@/lib/calendar/days";
import { PROJECTION_METHOD } from "@/lib/coaching/projection";
import { computeReverseFunnel, type ReverseFunnel, type ReverseFunnelStatus } from "@/lib/coaching/reverse-funnel";
import { nextPeriod, resolvePeriod, workingDaysLeft } from "@/lib/goals/periods";
import { getRepPriorities } from "@/lib/server/coaching/get-rep-priorities";
import { loadPeriodStanding } from "@/lib/server/goals/load-period-standing";
import { paceCoachedGroup, targetDayOf, targetsAsOf } from "@/lib/coaching/pacing";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The pace behind daily targets, whatever window a screen shows. */
export const DAILY_TARGET_WINDOW_DAYS = 90;

/**
 * From a rep's remaining quota for a period back to tomorrow's activity: what each stage needs
 * per working day at the rep's own ratios (the engine's shrunk estimates; the team's pooled values
 * where the rep has no data) and at benchmark, today's pace over the coaching window, the gap and
 * the lever whose benchmark would close the most of it — plus the straight-line projection.
 * The rep must be visible to the viewer (404 otherwise). Money in minor units.
 */
export async function getRepReverseFunnel(viewer: Viewer, repId: string, options: { periodKey?: string; windowDays?: number; asOf?: string; /** With asOf: the pace is measured from this day to asOf. */ paceFrom?: string } = {}) {
  // Without an explicit day: the targets of today (the next working day on a weekend), as of
  // yesterday's close — the figure /me, /activity and the API all show, stable all day.
  const calendarToday = todayIn(viewer.organization.timeZone);
  const targetDay = options.asOf ? addDays(options.asOf, 1) : targetDayOf(calendarToday);
  const today = options.asOf ?? targetsAsOf(calendarToday);
  // getRepPriorities checks that the viewer may see this rep before anything else is read.
  const priorities = await getRepPriorities(viewer, repId, options.paceFrom ? { from: options.paceFrom, to: today } : { windowDays: options.windowDays ?? DAILY_TARGET_WINDOW_DAYS, asOf: today });
  const { settings, window } = priorities;
  // Tomorrow's targets belong to tomorrow's quarter: on the last working day of a quarter, the next one.
  const current = resolvePeriod(options.periodKey, settings.fiscalYearStartMonth, today);
  const period = !options.periodKey && workingDaysLeft(current, today) === 0 ? nextPeriod(current, settings.fiscalYearStartMonth) : current;
  const standing = await loadPeriodStanding(viewer.organizationId, [priorities.rep.id], period, today);
  const pacing = paceCoachedGroup({ group: { reps: [priorities.rep], pooled: priorities.pooled, settings }, standing, period, today });
  const repPacing = pacing.reps.get(priorities.rep.id);
  if (!repPacing) throw new Error("rep missing from their own pacing");
  const { cell, funnel, projection } = repPacing;
  const remainingMinor = cell.quotaMinor === null ? null : Math.max(0, cell.quotaMinor - cell.wonToDateMinor);
  const reverse: ReverseFunnel | null =
    remainingMinor === null ? null : computeReverseFunnel({ funnel, remainingMinor, workingDaysLeft: pacing.workingDaysLeft });
  const status: ReverseFunnelStatus | "no_quota" = reverse?.status ?? "no_quota";

  return {
    repId: priorities.rep.id,
    currency: settings.currency,
    period,
    /** The figures are as of the close of this day. */
    today,
    /** The working day the per-day targets start from. */
    targetDay,
    window: { key: window.key, days: window.days, from: window.from, to: window.to, label: window.label },
    quotaMinor: cell.quotaMinor,
    wonToDateMinor: cell.wonToDateMinor,
    remainingMinor,
    workingDaysLeft: pacing.workingDaysLeft,
    status,
    reasonText: reverse?.reasonText ?? `No quota is set for ${period.key}, so there is nothing to work back from.`,
    neededRevenuePerDayMinor: reverse?.neededRevenuePerDayMinor ?? null,
    targets:
      reverse?.targets ??
      funnel.stages.map((stage) => ({
        stage: stage.key,
        label: stage.label,
        neededPerDay: null,
        atBenchmarkPerDay: null,
        pacePerDay: funnel.pace.perDay?.[stage.key] ?? null,
      })),
    gapPerDay: reverse?.gapPerDay ?? null,
    bestLever: reverse?.bestLever ?? null,
    missing: reverse?.missing ?? [],
    rates: [...funnel.ratios, funnel.dealSize].map((rate) => ({
      lever: rate.lever,
      label: rate.label,
      kind: rate.kind,
      value: rate.value,
      source: rate.source,
      thin: rate.thin,
      benchmark: rate.benchmark,
    })),
    pacing: cell,
    projection,
    projectionMethod: PROJECTION_METHOD,
  };
}

export type RepReverseFunnel = Awaited<ReturnType<typeof getRepReverseFunnel>>;
