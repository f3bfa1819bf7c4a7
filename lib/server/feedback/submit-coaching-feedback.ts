import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError } from "@/lib/server/http/errors";
import { feedbackClosesAt } from "@/lib/server/feedback/feedback-window";
import { findOneOnOneForViewer, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { SubmitCoachingFeedbackInput } from "@/lib/validation/feedback";

const ALREADY_RATED = "You already rated this one-on-one; each meeting is rated once.";

/**
 * The rep rates a completed one-on-one of theirs, once, within the feedback window. Managers and
 * the VP only ever see aggregates of 3 or more answers, so nothing here returns or audits the
 * answer: the audit record says that feedback was given, never what it was.
 */
export async function submitCoachingFeedback(viewer: Viewer, input: SubmitCoachingFeedbackInput): Promise<void> {
  await db.$transaction(async (tx) => {
    // Another manager's, another rep's or another organization's meeting is NotFound; the coach or an observer is Forbidden.
    const meeting = await findOneOnOneForViewer(viewer, input.oneOnOneId, tx);
    requireRole(meeting, ["member"], "rate the one-on-one");
    if (meeting.kind !== "REP") throw new ForbiddenError("Only reps rate their one-on-ones; leader one-on-ones are not rated");

    const held = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { status: true, completedAt: true } });
    if (held?.status !== "COMPLETED" || !held.completedAt) throw new ConflictError("You can rate a one-on-one once it is completed");
    if (Date.now() > feedbackClosesAt(held.completedAt).getTime())
      throw new ConflictError("Feedback on this one-on-one has closed; you can rate your next one after it is completed");
    const existing = await tx.coachingFeedback.findFirst({ where: { organizationId: viewer.organizationId, oneOnOneId: meeting.id }, select: { id: true } });
    if (existing) throw new ConflictError(ALREADY_RATED);

    try {
      await tx.coachingFeedback.create({
        data: { organizationId: viewer.organizationId, oneOnOneId: meeting.id, coachId: meeting.coachId, rating: input.rating, comment: input.comment },
        select: { id: true },
      });
    } catch (error) {
      // Two tabs submitting at once: the unique oneOnOneId lets one through.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(ALREADY_RATED);
      throw error;
    }
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "coaching_feedback.submitted",
        entityType: "OneOnOne",
        entityId: meeting.id,
        after: { feedbackSubmitted: true },
      },
      tx,
    );
  });
}
