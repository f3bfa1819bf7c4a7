import "server-only";
import { db } from "@/lib/db";
import { zonedDay } from "@/lib/calendar/zoned-time";
import { NotFoundError } from "@/lib/server/http/errors";
import { feedbackClosesAt } from "@/lib/server/feedback/feedback-window";
import { findOneOnOneForViewer } from "@/lib/server/one-on-ones/one-on-one-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Where the coach stands on rating their own meeting. `closesOn`/`closedOn` are days in the organization's time zone. */
export type OwnCoachSelfRating = { status: "open"; closesOn: string } | { status: "submitted"; rating: number } | { status: "closed"; closedOn: string };

/**
 * The coach's own rating of their completed rep meeting; anyone else (the rep, an observer) gets
 * NotFound. A meeting not completed yet has nothing to rate (null).
 */
export async function getOwnCoachSelfRating(viewer: Viewer, oneOnOneId: string): Promise<OwnCoachSelfRating | null> {
  const meeting = await findOneOnOneForViewer(viewer, oneOnOneId);
  if (meeting.role !== "coach" || meeting.kind !== "REP") throw new NotFoundError("Coach self-rating");
  const held = await db.oneOnOne.findFirst({
    where: { id: meeting.id, organizationId: viewer.organizationId, coachId: viewer.id },
    select: { status: true, completedAt: true, coachSelfRating: { select: { rating: true } } },
  });
  if (held?.status !== "COMPLETED" || !held.completedAt) return null;
  if (held.coachSelfRating) return { status: "submitted", rating: held.coachSelfRating.rating };
  const closesAt = feedbackClosesAt(held.completedAt);
  const closesOn = zonedDay(closesAt, viewer.organization.timeZone);
  return Date.now() > closesAt.getTime() ? { status: "closed", closedOn: closesOn } : { status: "open", closesOn };
}
