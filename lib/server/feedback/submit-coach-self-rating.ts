import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError } from "@/lib/server/http/errors";
import { feedbackClosesAt } from "@/lib/server/feedback/feedback-window";
import { findOneOnOneForViewer, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

const ALREADY_RATED = "You already rated this one-on-one; each meeting is rated once.";

/**
 * The coach rates their own completed rep one-on-one ("how useful was this for the rep?"), once,
 * within the same window reps have. The answer is the coach's own: never shown to the rep, and the
 * scorecard only shows its average beside the reps' anonymous one. The audit says it was given.
 */
export async function submitCoachSelfRating(viewer: Viewer, input: { oneOnOneId: string; rating: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, input.oneOnOneId, tx);
    requireRole(meeting, ["coach"], "rate how useful the one-on-one was");
    if (meeting.kind !== "REP") throw new ForbiddenError("Only rep one-on-ones are rated");
    const held = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { status: true, completedAt: true } });
    if (held?.status !== "COMPLETED" || !held.completedAt) throw new ConflictError("You can rate a one-on-one once it is completed");
    if (Date.now() > feedbackClosesAt(held.completedAt).getTime()) throw new ConflictError("Rating this one-on-one has closed; rate your next one after it is completed");
    try {
      await tx.coachSelfRating.create({ data: { organizationId: viewer.organizationId, oneOnOneId: meeting.id, coachId: viewer.id, rating: input.rating }, select: { id: true } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(ALREADY_RATED);
      throw error;
    }
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "coach_self_rating.submitted", entityType: "OneOnOne", entityId: meeting.id, after: { selfRatingSubmitted: true } },
      tx,
    );
  });
}
