import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach chooses the meeting's focus competency (rep competencies for a rep meeting, leader
 * competencies for a leader meeting), overriding the engine's suggestion.
 */
export async function setFocusCompetency(viewer: Viewer, input: { oneOnOneId: string; competencyId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach"], "choose the focus competency");
    const competency = await tx.competency.findFirst({ where: { id: input.competencyId, organizationId: viewer.organizationId, kind: meeting.kind, retiredAt: null }, select: { id: true } });
    if (!competency) throw new InvalidInputError("Choose one of the organization's competencies", { competencyId: ["is not one of the organization's competencies"] });
    await tx.oneOnOne.update({ where: { id: meeting.id }, data: { focusCompetencyId: competency.id } });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.focus_set", entityType: "OneOnOne", entityId: meeting.id, before: { focusCompetencyId: meeting.focusCompetencyId }, after: { focusCompetencyId: competency.id } },
      tx,
    );
  });
}
