import "server-only";
import { db } from "@/lib/db";
import type { AgendaSection } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Coach or member adds an item to the agenda before or during the meeting. The member's talking
 * points go under their topics; the coach may file an item under any section.
 */
export async function addAgendaItem(viewer: Viewer, input: { oneOnOneId: string; title: string; section?: AgendaSection }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "add to the agenda");
    const section: AgendaSection = meeting.role === "coach" ? (input.section ?? "TOPICS") : "TOPICS";
    const last = await tx.agendaItem.aggregate({ where: { organizationId: viewer.organizationId, oneOnOneId: meeting.id }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { organizationId: viewer.organizationId, oneOnOneId: meeting.id, section, title: input.title, addedById: viewer.id, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.agenda_item_added", entityType: "AgendaItem", entityId: item.id, after: { oneOnOneId: meeting.id, section } }, tx);
    return item;
  });
}
