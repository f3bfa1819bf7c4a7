import "server-only";
import { readDb } from "@/lib/db";
import { daysBetween } from "@/lib/calendar/days";
import { resolveWindow } from "@/lib/calendar/coaching-window";
import { focusOf } from "@/lib/coaching/team-summary";
import { loadTeamReadModel } from "@/lib/server/coaching/load-coaching-read-model";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { findRepsOutOfCadence } from "@/lib/server/one-on-ones/find-reps-out-of-cadence";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** What a manager needs to act on this week; stored as ManagerDigest.body (JSON). */
export interface ManagerDigestBody {
  weekOf: string;
  window: { from: string; to: string; label: string };
  currency: string;
  /** Reps with a coaching focus, biggest revenue lift first. */
  focus: { repId: string; name: string; teamName: string; lever: string; label: string; competency: string | null; liftRevenueMinor: number; confidence: number }[];
  overdueCommitments: { id: string; text: string; memberName: string; ownerName: string; dueOn: string; daysOverdue: number }[];
  outOfCadence: { repId: string; name: string; cadenceDays: number; daysSinceLast: number | null; lastOneOnOneOn: string | null; nextScheduledOn: string | null }[];
}

const MAX_LISTED_COMMITMENTS = 100;

/**
 * The weekly digest of one manager as of Monday `weekOf`, scoped like the manager's own screens:
 * each team's priorities (the team read model over the last 90 days), the reps' open commitments past
 * due, and the reps out of one-on-one cadence. A fixed number of queries per team.
 */
export async function buildManagerDigest(manager: Viewer, weekOf: string): Promise<ManagerDigestBody> {
  const organizationId = manager.organizationId;
  const [settings, teams] = await Promise.all([
    loadOrganizationCoachingSettings(organizationId),
    readDb.team.findMany({ where: { organizationId, id: { in: manager.managedTeamIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const window = resolveWindow("90", settings, weekOf);
  const teamIds = teams.map((team) => team.id);

  const focus: ManagerDigestBody["focus"] = [];
  for (const team of teams) {
    // The team read model over the digest's window: the dashboard's engine and roster, read once.
    const { group } = await loadTeamReadModel(manager, team.id, window, settings);
    for (const rep of group.reps) {
      const repFocus = focusOf(rep.report);
      if (repFocus) focus.push({ repId: rep.id, name: rep.name, teamName: team.name, ...repFocus });
    }
  }
  focus.sort((a, b) => b.liftRevenueMinor - a.liftRevenueMinor);

  const [overdue, outOfCadence] = await Promise.all([
    teamIds.length === 0
      ? Promise.resolve([])
      : readDb.$queryRaw<{ id: string; text: string; memberName: string; ownerName: string; dueOn: string }[]>`
          SELECT c."id", c."text", member."name" AS "memberName", owner."name" AS "ownerName", c."dueOn"::text AS "dueOn"
          FROM "Commitment" c
          JOIN "User" member ON member."id" = c."memberId"
          JOIN "User" owner ON owner."id" = c."ownerId"
          WHERE c."organizationId" = ${organizationId} AND c."status" = 'OPEN' AND c."dueOn" < ${weekOf}::date
            AND member."organizationId" = ${organizationId} AND member."role" = 'REP' AND member."teamId" = ANY(${teamIds}::text[])
          ORDER BY c."dueOn", c."id"
          LIMIT ${MAX_LISTED_COMMITMENTS}`,
    findRepsOutOfCadence(manager, { asOf: weekOf }),
  ]);

  return {
    weekOf,
    window: { from: window.from, to: window.to, label: window.label },
    currency: settings.currency,
    focus,
    overdueCommitments: overdue.map((row) => ({ ...row, daysOverdue: daysBetween(row.dueOn, weekOf) })),
    outOfCadence: outOfCadence.map((rep) => ({
      repId: rep.repId,
      name: rep.name,
      cadenceDays: rep.cadenceDays,
      daysSinceLast: rep.daysSinceLast,
      lastOneOnOneOn: rep.lastOneOnOneOn,
      nextScheduledOn: rep.nextScheduledOn,
    })),
  };
}
