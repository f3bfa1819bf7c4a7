import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OneOnOneKind, OneOnOneStatus } from "@/lib/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Who may open which one-on-one, written once over coach and member so that REP meetings
// (manager ↔ rep) and LEADER meetings (VP ↔ manager) share every operation.
//   REP      their own REP meetings, as the member.
//   MANAGER  the REP meetings they coach, and their own LEADER meetings as the member — never
//            another manager's.
//   VP       the LEADER meetings they coach; every REP meeting of the organization read-only
//            (as an observer, which never includes private notes).
//   ADMIN    nothing. An administrator runs the organization (users, teams, framework), not its
//            coaching conversations, so one-on-one content answers 404 exactly as for a stranger;
//            aggregates such as cadence and completion rates stay available on the dashboards.
// API tokens act with ADMIN scope and are refused the same way.

export type OneOnOneRole = "coach" | "member" | "observer";
export const OPEN_STATUSES: OneOnOneStatus[] = ["SCHEDULED", "IN_PROGRESS"];

export function visibleOneOnOnesWhere(viewer: Viewer): Prisma.OneOnOneWhereInput | null {
  if (viewer.kind !== "user") return null;
  const organizationId = viewer.organizationId;
  switch (viewer.role) {
    case "REP":
      return { organizationId, kind: "REP", memberId: viewer.id };
    case "MANAGER":
      return { organizationId, OR: [{ kind: "REP", coachId: viewer.id }, { kind: "LEADER", memberId: viewer.id }] };
    case "VP":
      return { organizationId, OR: [{ kind: "LEADER", coachId: viewer.id }, { kind: "REP" }] };
    case "ADMIN":
      return null;
  }
}

export function roleInOneOnOne(viewer: Viewer, meeting: { kind: OneOnOneKind; coachId: string; memberId: string }): OneOnOneRole | null {
  if (viewer.kind !== "user") return null;
  if (meeting.coachId === viewer.id) return "coach";
  if (meeting.memberId === viewer.id) return "member";
  if (viewer.role === "VP" && meeting.kind === "REP") return "observer";
  return null;
}

const accessSelect = { id: true, kind: true, status: true, coachId: true, memberId: true, scheduledAt: true, focusCompetencyId: true } as const;
type OneOnOneClient = Pick<Prisma.TransactionClient, "oneOnOne">;

export interface AccessibleOneOnOne {
  id: string;
  kind: OneOnOneKind;
  status: OneOnOneStatus;
  coachId: string;
  memberId: string;
  scheduledAt: Date;
  focusCompetencyId: string | null;
  role: OneOnOneRole;
}

/** The meeting with the viewer's part in it; unknown, other organization's or not-yours ids are all NotFound. */
export async function findOneOnOneForViewer(viewer: Viewer, oneOnOneId: string, client: OneOnOneClient = db): Promise<AccessibleOneOnOne> {
  const where = visibleOneOnOnesWhere(viewer);
  if (!where) throw new NotFoundError("One-on-one");
  const meeting = await client.oneOnOne.findFirst({ where: { AND: [where, { id: oneOnOneId }] }, select: accessSelect });
  const role = meeting ? roleInOneOnOne(viewer, meeting) : null;
  if (!meeting || !role) throw new NotFoundError("One-on-one");
  return { ...meeting, role };
}

/** Writes are for the people in the meeting; an observer (a VP on a rep's meeting) only reads. */
export function requireRole(meeting: AccessibleOneOnOne, roles: readonly OneOnOneRole[], what: string): void {
  if (roles.includes(meeting.role)) return;
  throw new ForbiddenError(meeting.role === "observer" ? "You can read this one-on-one but not change it" : `Only the ${roles.includes("coach") ? "coach" : "person coached"} can ${what}`);
}

export function lockedMessage(status: OneOnOneStatus): string {
  return status === "CANCELLED" ? "This one-on-one was cancelled; nothing can be changed." : "This one-on-one is completed and locked; add an addendum instead.";
}

/**
 * For edits while the meeting is open: checks access and role, then takes the meeting row's lock
 * (a conditional touch) so a concurrent "complete" waits for this edit or refuses it afterwards.
 */
export async function lockEditableOneOnOne(tx: Prisma.TransactionClient, viewer: Viewer, oneOnOneId: string, roles: readonly OneOnOneRole[], what: string): Promise<AccessibleOneOnOne> {
  const meeting = await findOneOnOneForViewer(viewer, oneOnOneId, tx);
  requireRole(meeting, roles, what);
  const { count } = await tx.oneOnOne.updateMany({ where: { id: meeting.id, organizationId: viewer.organizationId, status: { in: OPEN_STATUSES } }, data: { updatedAt: new Date() } });
  if (count === 0) {
    const current = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { status: true } });
    throw new ConflictError(lockedMessage(current?.status ?? meeting.status));
  }
  return meeting;
}
