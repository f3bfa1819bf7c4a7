import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN rewords a coaching question. */
export async function updateCoachingQuestion(viewer: Viewer, input: { questionId: string; text: string }): Promise<void> {
  assertAdmin(viewer, "Only an administrator can change the coaching questions");
  await db.$transaction(async (tx) => {
    const question = await tx.coachingQuestion.findFirst({
      where: { id: input.questionId, organizationId: viewer.organizationId, retiredAt: null },
      select: { id: true, text: true },
    });
    if (!question) throw new NotFoundError("Coaching question");
    await tx.coachingQuestion.update({ where: { id: question.id }, data: { text: input.text } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "coaching_question.updated",
        entityType: "CoachingQuestion",
        entityId: question.id,
        before: { text: question.text },
        after: { text: input.text },
      },
      tx,
    );
  });
}
