// Where each rep of a coached group stands in a period (a fiscal quarter or a month): to date, and
// projected at the window's pace. Pure: the server hands over the coached group and the standing.
import type { CoachedGroup } from "./coach-group";
import { addDays, isWorkingDay, workingDaysBetween } from "./days";
import { gradeFor, prorateQuota, type Grade } from "./grade";
import { combineProjections, projectPeriodRevenue, type PeriodProjection } from "./projection";
import { repFunnelFrom, type RepFunnel } from "./reverse-funnel";

export interface PacingPeriod {
  /** e.g. "2026-Q4" or "2026-11". */
  key: string;
  start: string;
  end: string;
}

/** Where a group of reps stands in a period, minor units; reps without a quota are absent from quotaMinor. */
export interface PeriodStanding {
  quotaMinor: Map<string, number>;
  /** Revenue won in the period up to today. */
  wonToDateMinor: Map<string, number>;
}

/** Working days still ahead in a period, from tomorrow (today's activity is already being logged). */
export function workingDaysLeft(period: PacingPeriod, today: string): number {
  const tomorrow = addDays(today, 1);
  const from = tomorrow > period.start ? tomorrow : period.start;
  return from > period.end ? 0 : workingDaysBetween(from, period.end);
}

/** The working day daily targets are for: today, or the next working day on a weekend. */
export function targetDayOf(today: string): string {
  let day = today;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * Daily targets are worked out as of yesterday's close, so they hold still all day while the rep
 * logs, and every screen shows the same figure.
 */
export function targetsAsOf(today: string): string {
  return addDays(today, -1);
}

/** The part of the period that has happened (null when the period has not started). */
export function periodToDate(period: PacingPeriod, today: string): { from: string; to: string } | null {
  if (today < period.start) return null;
  return { from: period.start, to: today < period.end ? today : period.end };
}

/** A rep's (or a team's) standing in the period: to date, and projected at today's pace. Plain data for the screens. */
export interface PacingCell {
  periodKey: string;
  quotaMinor: number | null;
  wonToDateMinor: number;
  /** Won so far / the whole period's quota. */
  attainmentToDate: number | null;
  /** The grade so far: won against the quota pro-rated to the days gone. */
  gradeToDate: Grade | null;
  projectedMinor: number | null;
  lowMinor: number | null;
  highMinor: number | null;
  projectedAttainment: number | null;
  lowAttainment: number | null;
  highAttainment: number | null;
  projectedGrade: Grade | null;
  status: PeriodProjection["status"] | "combined";
}

export interface RepPacing {
  cell: PacingCell;
  funnel: RepFunnel;
  projection: PeriodProjection;
  workingDaysLeft: number;
}

/**
 * Each rep of a coached group in a period: the funnel at the engine's estimates, the
 * straight-line projection at the window's pace, the grade to date and on the projection; and the
 * group's total, ranges combined as independent.
 */
export function paceCoachedGroup(args: { group: Pick<CoachedGroup, "reps" | "pooled" | "settings">; standing: PeriodStanding; period: PacingPeriod; today: string }) {
  const { group, standing, period, today } = args;
  const thresholds = group.settings.gradeThresholds;
  const daysLeft = workingDaysLeft(period, today);
  const toDate = periodToDate(period, today);
  const gradeSoFar = (won: number, quota: number | null) =>
    quota === null || !toDate
      ? null
      : gradeFor({
          revenueMinor: won,
          quotaMinor: prorateQuota({ quotaMinor: quota, periodStart: period.start, periodEnd: period.end, windowStart: toDate.from, windowEnd: toDate.to }),
          thresholds,
        }).grade;

  const reps = new Map<string, RepPacing>();
  for (const rep of group.reps) {
    const quotaMinor = standing.quotaMinor.get(rep.id) ?? null;
    const wonToDateMinor = standing.wonToDateMinor.get(rep.id) ?? 0;
    const funnel = repFunnelFrom({
      stages: group.settings.stages,
      rep: { levers: rep.report.levers, totals: rep.totals },
      team: { levers: group.pooled.report.levers },
    });
    const projection = projectPeriodRevenue({ funnel, wonToDateMinor, workingDaysLeft: daysLeft, quotaMinor, thresholds });
    reps.set(rep.id, {
      funnel,
      projection,
      workingDaysLeft: daysLeft,
      cell: {
        periodKey: period.key,
        quotaMinor,
        wonToDateMinor,
        attainmentToDate: quotaMinor && quotaMinor > 0 ? wonToDateMinor / quotaMinor : null,
        gradeToDate: gradeSoFar(wonToDateMinor, quotaMinor),
        projectedMinor: projection.projectedMinor,
        lowMinor: projection.lowMinor,
        highMinor: projection.highMinor,
        projectedAttainment: projection.projectedAttainment,
        lowAttainment: projection.lowAttainment,
        highAttainment: projection.highAttainment,
        projectedGrade: projection.projectedGrade,
        status: projection.status,
      },
    });
  }
  const withQuota = [...standing.quotaMinor.entries()].filter(([repId]) => reps.has(repId));
  const groupQuota = withQuota.length ? withQuota.reduce((sum, [, amount]) => sum + amount, 0) : null;
  const combined = combineProjections(
    [...reps.values()].map((entry) => entry.projection),
    groupQuota,
    thresholds,
  );
  const pooled: PacingCell = {
    periodKey: period.key,
    quotaMinor: groupQuota,
    wonToDateMinor: combined.wonToDateMinor,
    attainmentToDate: groupQuota ? combined.wonToDateMinor / groupQuota : null,
    gradeToDate: gradeSoFar(combined.wonToDateMinor, groupQuota),
    projectedMinor: combined.projectedMinor,
    lowMinor: combined.lowMinor,
    highMinor: combined.highMinor,
    projectedAttainment: combined.projectedAttainment,
    lowAttainment: combined.lowAttainment,
    highAttainment: combined.highAttainment,
    projectedGrade: combined.projectedGrade,
    status: "combined",
  };
  return { reps, pooled, workingDaysLeft: daysLeft };
}
