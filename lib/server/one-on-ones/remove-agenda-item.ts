import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Whoever added an agenda item (or the coach) removes it while the meeting is open. */
export async function removeAgendaItem(viewer: Viewer, input: { oneOnOneId: string; agendaItemId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "change the agenda");
    const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, oneOnOneId: meeting.id, organizationId: viewer.organizationId }, select: { id: true, addedById: true, section: true } });
    if (!item) throw new NotFoundError("Agenda item");
    if (meeting.role !== "coach" && item.addedById !== viewer.id) throw new ForbiddenError("You can only remove the talking points you added");
    await tx.agendaItem.delete({ where: { id: item.id } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.agenda_item_removed", entityType: "AgendaItem", entityId: item.id, before: { oneOnOneId: meeting.id, section: item.section } }, tx);
  });
}
