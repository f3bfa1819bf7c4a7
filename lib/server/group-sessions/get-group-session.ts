import "server-only";
import { can } from "@/lib/access/policy";
import { readDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { findGroupSessionForViewer } from "@/lib/server/group-sessions/group-session-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** One group session for a party in it (NotFoundError for anyone else): agenda, shared notes, each attendee's commitments. */
export async function getGroupSession(viewer: Viewer, groupSessionId: string) {
  const access = await findGroupSessionForViewer(readDb, viewer, groupSessionId);
  const [session, people, commitments] = await Promise.all([
    readDb.groupSession.findFirstOrThrow({
      where: { id: access.id, organizationId: viewer.organizationId },
      select: { focusLabel: true, agenda: true, scheduledAt: true, sharedNotes: true, version: true, teamId: true },
    }),
    readDb.user.findMany({ where: { organizationId: viewer.organizationId, id: { in: [access.coachId, ...access.attendeeIds] } }, select: { id: true, name: true } }),
    readDb.commitment.findMany({
      where: { organizationId: viewer.organizationId, groupSessionId: access.id },
      select: { id: true, memberId: true, text: true, dueOn: true, status: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const team = await readDb.team.findFirst({ where: { id: session.teamId, organizationId: viewer.organizationId }, select: { name: true } });
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? "Former user";
  const open = access.status === "SCHEDULED";
  return {
    id: access.id,
    status: access.status,
    role: access.role,
    teamName: team?.name ?? "",
    coach: { id: access.coachId, name: nameOf(access.coachId) },
    focusLabel: session.focusLabel,
    agenda: session.agenda,
    scheduledLabel: formatDateTime(session.scheduledAt, viewer.organization.timeZone),
    sharedNotes: { body: session.sharedNotes, version: session.version },
    attendees: access.attendeeIds
      .map((id) => ({
        id,
        name: nameOf(id),
        commitments: commitments.filter((commitment) => commitment.memberId === id).map((commitment) => ({ id: commitment.id, text: commitment.text, dueOn: commitment.dueOn.toISOString().slice(0, 10), status: commitment.status })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    can: {
      writeNotes: open && can(viewer, "groupSession.writeNotes", access),
      addCommitment: open && access.role === "coach",
      complete: open && access.role === "coach",
      // Only before anyone committed (cancelGroupSession says why).
      cancel: open && access.role === "coach" && commitments.length === 0,
    },
  };
}

export type GroupSessionView = Awaited<ReturnType<typeof getGroupSession>>;
