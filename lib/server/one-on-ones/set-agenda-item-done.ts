import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** Coach or member ticks an agenda item off (or back on); unticked items carry to the next meeting. */
export async function setAgendaItemDone(viewer: Viewer, input: { oneOnOneId: string; agendaItemId: string; done: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "update the agenda");
    const { count } = await tx.agendaItem.updateMany({ where: { id: input.agendaItemId, oneOnOneId: meeting.id, organizationId: viewer.organizationId }, data: { done: input.done } });
    if (count === 0) throw new NotFoundError("Agenda item");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.agenda_item_updated", entityType: "AgendaItem", entityId: input.agendaItemId, after: { done: input.done } }, tx);
  });
}
