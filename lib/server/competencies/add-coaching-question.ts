import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN adds a coaching question to a competency's bank (asked in one-on-ones on that focus). */
export async function addCoachingQuestion(viewer: Viewer, input: { competencyId: string; text: string }): Promise<{ id: string }> {
  assertAdmin(viewer, "Only an administrator can change the coaching questions");
  const organizationId = viewer.organizationId;
  return db.$transaction(async (tx) => {
    const competency = await tx.competency.findFirst({ where: { id: input.competencyId, organizationId }, select: { id: true } });
    if (!competency) throw new NotFoundError("Competency");
    const last = await tx.coachingQuestion.aggregate({ where: { organizationId, competencyId: competency.id }, _max: { position: true } });
    const question = await tx.coachingQuestion.create({
      data: { organizationId, competencyId: competency.id, text: input.text, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAudit(
      {
        organizationId,
        ...auditActor(viewer),
        action: "coaching_question.added",
        entityType: "CoachingQuestion",
        entityId: question.id,
        after: { competencyId: competency.id, text: input.text },
      },
      tx,
    );
    return question;
  });
}
