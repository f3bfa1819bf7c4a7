import "server-only";
import { can, roleInGroupSession, visibleGroupSessionsWhere, type OneOnOneRole } from "@/lib/access/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface AccessibleGroupSession {
  id: string;
  teamId: string;
  coachId: string;
  attendeeIds: string[];
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED";
  role: OneOnOneRole;
}

/** A session the viewer takes part in (NotFoundError otherwise, like a stranger's), with their part. */
export async function findGroupSessionForViewer(client: Pick<Prisma.TransactionClient, "groupSession">, viewer: Viewer, groupSessionId: string): Promise<AccessibleGroupSession> {
  const where = visibleGroupSessionsWhere(viewer);
  if (!where) throw new NotFoundError("Group session");
  const session = await client.groupSession.findFirst({
    where: { AND: [where, { id: groupSessionId }] },
    select: { id: true, teamId: true, coachId: true, status: true, attendees: { select: { repId: true } } },
  });
  if (!session) throw new NotFoundError("Group session");
  const parties = { coachId: session.coachId, attendeeIds: session.attendees.map((attendee) => attendee.repId) };
  const role = roleInGroupSession(viewer, parties);
  if (!role || !can(viewer, "groupSession.view", parties)) throw new NotFoundError("Group session");
  return { id: session.id, teamId: session.teamId, coachId: session.coachId, attendeeIds: parties.attendeeIds, status: session.status, role };
}

/** The coach runs the session; coach and attendees write its shared notes; the VP only reads. */
export function requireGroupRole(session: AccessibleGroupSession, roles: readonly OneOnOneRole[], what: string): void {
  if (!roles.includes(session.role)) throw new ForbiddenError(`Only ${what}`);
}

export function requireOpen(session: AccessibleGroupSession): void {
  if (session.status !== "SCHEDULED") throw new ForbiddenError(`The session is ${session.status === "CANCELLED" ? "cancelled" : "completed"}: it can no longer be changed`);
}
