import "server-only";
import { can, visibleGroupSessionsWhere } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The group sessions the viewer takes part in (most recent first) and, for a manager, their teams'
 * reps to plan a new one with.
 */
export async function listGroupSessions(viewer: Viewer) {
  const where = visibleGroupSessionsWhere(viewer);
  const [sessions, teams] = await Promise.all([
    where
      ? readDb.groupSession.findMany({
          where,
          select: { id: true, focusLabel: true, scheduledAt: true, status: true, _count: { select: { attendees: true } } },
          orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
          take: 100,
        })
      : Promise.resolve([]),
    can(viewer, "groupSession.run")
      ? readDb.team.findMany({
          where: { organizationId: viewer.organizationId, managerId: viewer.id },
          select: { id: true, name: true, members: { where: { role: "REP", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
  ]);
  return {
    sessions: sessions.map((session) => ({ id: session.id, focusLabel: session.focusLabel, scheduledLabel: formatDateTime(session.scheduledAt, viewer.organization.timeZone), status: session.status, attendees: session._count.attendees })),
    teams: teams.map((team) => ({ id: team.id, name: team.name, reps: team.members })),
  };
}

export type GroupSessionList = Awaited<ReturnType<typeof listGroupSessions>>;
