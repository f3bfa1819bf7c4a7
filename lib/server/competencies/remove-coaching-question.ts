import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN takes a question out of the bank: it is retired (kept for the record), no longer asked. */
export async function removeCoachingQuestion(viewer: Viewer, questionId: string): Promise<void> {
  assertAdmin(viewer, "Only an administrator can change the coaching questions");
  await db.$transaction(async (tx) => {
    const question = await tx.coachingQuestion.findFirst({
      where: { id: questionId, organizationId: viewer.organizationId, retiredAt: null },
      select: { id: true, text: true, competencyId: true },
    });
    if (!question) throw new NotFoundError("Coaching question");
    await tx.coachingQuestion.update({ where: { id: question.id }, data: { retiredAt: new Date() } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "coaching_question.removed",
        entityType: "CoachingQuestion",
        entityId: question.id,
        before: { competencyId: question.competencyId, text: question.text },
      },
      tx,
    );
  });
}
