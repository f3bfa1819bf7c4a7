import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/errors";
import { carryForwardAgendaItems } from "@/lib/server/one-on-ones/carry-forward-agenda-items";
import { findOneOnOneForViewer, lockedMessage, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach completes a meeting that is under way: it is locked from then on (later changes are
 * addenda) and its unfinished agenda items move to the member's next scheduled meeting, if any.
 */
export async function completeOneOnOne(viewer: Viewer, oneOnOneId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, oneOnOneId, tx);
    requireRole(meeting, ["coach"], "complete the one-on-one");
    const { count } = await tx.oneOnOne.updateMany({
      where: { id: meeting.id, organizationId: viewer.organizationId, status: "IN_PROGRESS" },
      data: { status: "COMPLETED", completedAt: new Date() },
    });
    if (count === 0) {
      const current = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { status: true } });
      throw new ConflictError(current?.status === "SCHEDULED" ? "Start the one-on-one before completing it" : lockedMessage(current?.status ?? meeting.status));
    }
    const next = await tx.oneOnOne.findFirst({
      where: { organizationId: viewer.organizationId, kind: meeting.kind, memberId: meeting.memberId, status: "SCHEDULED", id: { not: meeting.id } },
      orderBy: { scheduledAt: "asc" },
      select: { id: true },
    });
    const carried = next ? await carryForwardAgendaItems(tx, { organizationId: viewer.organizationId, fromOneOnOneId: meeting.id, toOneOnOneId: next.id }) : 0;
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.completed", entityType: "OneOnOne", entityId: meeting.id, before: { status: "IN_PROGRESS" }, after: { status: "COMPLETED", carriedAgendaItems: carried, carriedTo: next?.id ?? null } },
      tx,
    );
  });
}
