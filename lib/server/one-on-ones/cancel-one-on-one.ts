import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { carryForwardAgendaItems } from "@/lib/server/one-on-ones/carry-forward-agenda-items";
import { findOneOnOneForViewer, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach calls off a meeting that has not started. Its unfinished agenda items move to the
 * member's next scheduled meeting, or to the next one scheduled later.
 */
export async function cancelOneOnOne(viewer: Viewer, oneOnOneId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, oneOnOneId, tx);
    requireRole(meeting, ["coach"], "cancel the one-on-one");
    const { count } = await tx.oneOnOne.updateMany({ where: { id: meeting.id, organizationId: viewer.organizationId, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
    if (count === 0) throw new ConflictError("Only a one-on-one that has not started can be cancelled");
    const next = await tx.oneOnOne.findFirst({
      where: { organizationId: viewer.organizationId, kind: meeting.kind, memberId: meeting.memberId, status: "SCHEDULED", id: { not: meeting.id } },
      orderBy: { scheduledAt: "asc" },
      select: { id: true },
    });
    if (next) await carryForwardAgendaItems(tx, { organizationId: viewer.organizationId, fromOneOnOneId: meeting.id, toOneOnOneId: next.id });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.cancelled", entityType: "OneOnOne", entityId: meeting.id, before: { status: "SCHEDULED" }, after: { status: "CANCELLED" } }, tx);
  });
}
