import "server-only";
import { readDb } from "@/lib/db";
import { daysBetween, todayIn } from "@/lib/calendar/days";
import { zonedDay } from "@/lib/calendar/zoned-time";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { visibleRepsWhere } from "@/lib/access/policy";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Longest gap, in calendar days, that each cadence allows between two one-on-ones. */
export const CADENCE_DAYS: Record<Cadence, number> = { WEEKLY: 7, BIWEEKLY: 14, MONTHLY: 31 };

export interface RepOutOfCadence {
  repId: string;
  name: string;
  teamId: string | null;
  managerId: string | null;
  cadence: Cadence;
  cadenceDays: number;
  /** Day of the last completed one-on-one (organization time zone), null if never. */
  lastOneOnOneOn: string | null;
  daysSinceLast: number | null;
  nextScheduledOn: string | null;
}

/**
 * The reps whose last completed one-on-one is further back than their manager's cadence
 * (User.cadence, else Organization.defaultCadence). A rep who has never had one is flagged once
 * they have been on their team for longer than the cadence. Scoped like the reps (a MANAGER gets
 * their teams, a VP or ADMIN the organization, or one team with `teamId`); a fixed number of
 * queries whatever the team size.
 */
export async function findRepsOutOfCadence(viewer: Viewer, options: { teamId?: string; asOf?: string } = {}): Promise<RepOutOfCadence[]> {
  const timeZone = viewer.organization.timeZone;
  const today = options.asOf ?? todayIn(timeZone);
  const team = options.teamId ? await getVisibleTeam(viewer, options.teamId) : null;
  const [organization, reps] = await Promise.all([
    readDb.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { defaultCadence: true } }),
    readDb.user.findMany({
      where: { AND: [visibleRepsWhere(viewer), { active: true }, team ? { teamId: team.id } : {}] },
      select: { id: true, name: true, teamId: true, createdAt: true, team: { select: { managerId: true, manager: { select: { cadence: true } } } } },
      orderBy: { name: "asc" },
    }),
  ]);
  if (reps.length === 0) return [];
  const repIds = reps.map((rep) => rep.id);
  const [last, next, memberships] = await Promise.all([
    readDb.oneOnOne.groupBy({ by: ["memberId"], where: { organizationId: viewer.organizationId, kind: "REP", status: "COMPLETED", memberId: { in: repIds } }, _max: { scheduledAt: true } }),
    readDb.oneOnOne.groupBy({ by: ["memberId"], where: { organizationId: viewer.organizationId, kind: "REP", status: { in: ["SCHEDULED", "IN_PROGRESS"] }, memberId: { in: repIds } }, _min: { scheduledAt: true } }),
    readDb.teamMembership.findMany({ where: { organizationId: viewer.organizationId, userId: { in: repIds }, endedAt: null }, select: { userId: true, teamId: true, startedAt: true } }),
  ]);
  const lastByRep = new Map(last.map((row) => [row.memberId, row._max.scheduledAt]));
  const nextByRep = new Map(next.map((row) => [row.memberId, row._min.scheduledAt]));
  const joinedTeam = new Map(memberships.map((membership) => [`${membership.userId}|${membership.teamId}`, membership.startedAt]));

  const flagged: RepOutOfCadence[] = [];
  for (const rep of reps) {
    const cadence = rep.team?.manager?.cadence ?? organization.defaultCadence;
    const cadenceDays = CADENCE_DAYS[cadence];
    const lastAt = lastByRep.get(rep.id) ?? null;
    const lastOneOnOneOn = lastAt ? zonedDay(lastAt, timeZone) : null;
    const joined = joinedTeam.get(`${rep.id}|${rep.teamId}`) ?? rep.createdAt;
    const since = lastOneOnOneOn ?? zonedDay(joined, timeZone);
    if (daysBetween(since, today) <= cadenceDays) continue;
    const nextAt = nextByRep.get(rep.id) ?? null;
    flagged.push({
      repId: rep.id,
      name: rep.name,
      teamId: rep.teamId,
      managerId: rep.team?.managerId ?? null,
      cadence,
      cadenceDays,
      lastOneOnOneOn,
      daysSinceLast: lastOneOnOneOn ? daysBetween(lastOneOnOneOn, today) : null,
      nextScheduledOn: nextAt ? zonedDay(nextAt, timeZone) : null,
    });
  }
  return flagged;
}
