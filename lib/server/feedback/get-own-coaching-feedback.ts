import "server-only";
import { db } from "@/lib/db";
import { zonedDay } from "@/lib/calendar/zoned-time";
import { NotFoundError } from "@/lib/server/http/errors";
import { feedbackClosesAt } from "@/lib/server/feedback/feedback-window";
import { findOneOnOneForViewer } from "@/lib/server/one-on-ones/one-on-one-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Where the rep stands on rating one of their meetings. `closesOn`/`closedOn` are days in the organization's time zone. */
export type OwnCoachingFeedback =
  { status: "open"; closesOn: string } | { status: "submitted"; rating: number; comment: string | null } | { status: "closed"; closedOn: string };

/**
 * The rep's own feedback on their completed meeting. This is the one read of an individual
 * CoachingFeedback row, and it answers only the rep who gave it: the coach, an observer and
 * everyone else get NotFound, exactly as getPrivateNote does for anyone but its author. A meeting
 * that is not completed has nothing to rate yet (null).
 */
export async function getOwnCoachingFeedback(viewer: Viewer, oneOnOneId: string): Promise<OwnCoachingFeedback | null> {
  const meeting = await findOneOnOneForViewer(viewer, oneOnOneId);
  if (meeting.role !== "member" || meeting.kind !== "REP") throw new NotFoundError("Coaching feedback");
  const held = await db.oneOnOne.findFirst({
    where: { id: meeting.id, organizationId: viewer.organizationId, memberId: viewer.id },
    select: { status: true, completedAt: true, feedback: { select: { rating: true, comment: true } } },
  });
  if (held?.status !== "COMPLETED" || !held.completedAt) return null;
  if (held.feedback) return { status: "submitted", rating: held.feedback.rating, comment: held.feedback.comment };
  const closesAt = feedbackClosesAt(held.completedAt);
  const closesOn = zonedDay(closesAt, viewer.organization.timeZone);
  return Date.now() > closesAt.getTime() ? { status: "closed", closedOn: closesOn } : { status: "open", closesOn };
}
