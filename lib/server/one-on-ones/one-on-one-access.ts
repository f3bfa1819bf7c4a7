import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roleInOneOnOne, visibleOneOnOnesWhere, type OneOnOneRole } from "@/lib/access/policy";
import type { OneOnOneKind, OneOnOneStatus } from "@/lib/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Who may open which one-on-one is the access policy's (lib/access/policy.ts: visibleOneOnOnesWhere,
// roleInOneOnOne); here are the queries and locks that apply it.

export const OPEN_STATUSES: OneOnOneStatus[] = ["SCHEDULED", "IN_PROGRESS"];

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
