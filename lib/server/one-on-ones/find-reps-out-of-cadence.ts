import "server-only";
import { readDb } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { zonedDay } from "@/lib/calendar/zoned-time";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { visibleRepsWhere } from "@/lib/access/policy";
import { cadenceStanding } from "@/lib/coaching/cadence";
import { loadOneOnOneDates } from "@/lib/server/coaching/load-coaching-read-model";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

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
 * (User.cadence, else Organization.defaultCadence), by the rule every screen uses (cadenceStanding). A rep who has never had one is flagged once
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
  const [dates, memberships] = await Promise.all([
    loadOneOnOneDates(viewer.organizationId, repIds, timeZone),
    readDb.teamMembership.findMany({ where: { organizationId: viewer.organizationId, userId: { in: repIds }, endedAt: null }, select: { userId: true, teamId: true, startedAt: true } }),
  ]);
  const joinedTeam = new Map(memberships.map((membership) => [`${membership.userId}|${membership.teamId}`, membership.startedAt]));

  const flagged: RepOutOfCadence[] = [];
  for (const rep of reps) {
    const meetings = dates.get(rep.id);
    const joined = joinedTeam.get(`${rep.id}|${rep.teamId}`) ?? rep.createdAt;
    const standing = cadenceStanding({
      cadence: rep.team?.manager?.cadence ?? organization.defaultCadence,
      lastOneOnOneOn: meetings?.lastCompletedOn ?? null,
      onTeamFrom: zonedDay(joined, timeZone),
      asOf: today,
    });
    if (!standing.pastCadence) continue;
    flagged.push({
      repId: rep.id,
      name: rep.name,
      teamId: rep.teamId,
      managerId: rep.team?.managerId ?? null,
      cadence: standing.cadence,
      cadenceDays: standing.cadenceDays,
      lastOneOnOneOn: standing.lastOneOnOneOn,
      daysSinceLast: standing.daysSinceLast,
      nextScheduledOn: meetings?.nextScheduledOn ?? null,
    });
  }
  return flagged;
}
