import "server-only";
import { db } from "@/lib/db";
import { addDays, dayKey, isWeekday, parseDay, startOfIsoWeek, todayIn } from "@/lib/calendar/days";
import { currencyMinorDigits } from "@/lib/money";
import { activityWritableRepsWhere } from "@/lib/access/policy";
import { getDailyTargets } from "@/lib/server/activity/get-daily-targets";
import { NotFoundError } from "@/lib/server/http/errors";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface ActivityWeekDay {
  day: string;
  /** "Mon, Nov 16" */
  label: string;
  /** "Monday, November 16" */
  longLabel: string;
  isToday: boolean;
  isFuture: boolean;
  isWeekend: boolean;
}

const shortLabel = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
const longLabel = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });

/**
 * The activity grid: one rep's counts for the seven days (Monday to Sunday) of an ISO week, the
 * reps the viewer may log for (REP: self; MANAGER: own teams' reps; ADMIN: everyone), today's
 * figures and today's targets. "Today" is the organization's, in its time zone.
 */
export async function getActivityWeek(viewer: Viewer, input: { week?: string; repId?: string }) {
  const writable = activityWritableRepsWhere(viewer);
  if (!writable) throw new NotFoundError("Page");
  const { organizationId } = viewer;
  const [organization, reps, stages] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true, currency: true } }),
    db.user.findMany({ where: { AND: [writable, { active: true }] }, select: { id: true, name: true, team: { select: { name: true } } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    getFunnelStages(organizationId),
  ]);
  const rep = input.repId ? reps.find((candidate) => candidate.id === input.repId) : (reps.find((candidate) => candidate.id === viewer.id) ?? reps[0]);
  if (input.repId && !rep) throw new NotFoundError("Rep");

  const today = todayIn(organization.timeZone);
  const currentWeek = startOfIsoWeek(today);
  const weekStart = startOfIsoWeek(input.week ?? today);
  const days: ActivityWeekDay[] = Array.from({ length: 7 }, (_, offset) => {
    const day = addDays(weekStart, offset);
    const date = parseDay(day);
    return { day, label: shortLabel.format(date), longLabel: longLabel.format(date), isToday: day === today, isFuture: day > today, isWeekend: !isWeekday(day) };
  });
  const week = {
    start: weekStart,
    end: addDays(weekStart, 6),
    label: `${shortLabel.format(parseDay(weekStart))} – ${shortLabel.format(parseDay(addDays(weekStart, 6)))}`,
    previous: addDays(weekStart, -7),
    next: addDays(weekStart, 7) <= today ? addDays(weekStart, 7) : null,
    isCurrent: weekStart === currentWeek,
  };
  const base = {
    today,
    todayLabel: longLabel.format(parseDay(today)),
    week,
    days,
    stages,
    currency: organization.currency,
    currencyMinorDigits: currencyMinorDigits(organization.currency),
    reps: reps.map((candidate) => ({ id: candidate.id, name: candidate.name, teamName: candidate.team?.name ?? null })),
  };
  if (!rep) return { ...base, rep: null, values: {} as Record<string, number>, todayValues: {} as Record<string, number>, targets: null, targetSource: null };

  const [activity, targets] = await Promise.all([
    db.activity.findMany({
      where: { organizationId, repId: rep.id, OR: [{ day: { gte: parseDay(week.start), lte: parseDay(week.end) } }, { day: parseDay(today) }] },
      select: { day: true, stage: true, value: true },
    }),
    getDailyTargets(viewer, { repId: rep.id, day: today }),
  ]);
  /** `${day}|${stage}` → count, or revenue in minor units. */
  const values: Record<string, number> = {};
  const todayValues: Record<string, number> = {};
  for (const row of activity) {
    const day = dayKey(row.day);
    if (day >= week.start && day <= week.end) values[`${day}|${row.stage}`] = Number(row.value);
    if (day === today) todayValues[row.stage] = Number(row.value);
  }
  return { ...base, rep: { id: rep.id, name: rep.name }, values, todayValues, targets: targets.perStage, targetSource: targets.source };
}
