import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingCalendar } from "@/components/one-on-ones/meeting-calendar";
import { todayIn } from "@/lib/calendar/days";
import { utcToZonedWallTime } from "@/lib/calendar/zoned-time";
import { OneOnOneDetail } from "@/components/one-on-ones/one-on-one-detail";
import { getOwnCoachingFeedback } from "@/lib/server/feedback/get-own-coaching-feedback";
import { getOwnCoachSelfRating } from "@/lib/server/feedback/get-own-coach-self-rating";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getOneOnOne } from "@/lib/server/one-on-ones/get-one-on-one";
import { getPrivateNote } from "@/lib/server/one-on-ones/get-private-note";
import { findOneOnOneForViewer } from "@/lib/server/one-on-ones/one-on-one-access";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { idSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "One-on-one" };

export default async function OneOnOnePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("oneOnOne.list");
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  // Decide access before anything streams, so another manager's or organization's meeting answers a real 404.
  const access = await orNotFound(findOneOnOneForViewer(viewer, id));
  const timeZone = viewer.organization.timeZone;
  return (
    <>
      {access.role !== "observer" ? (
        <MeetingCalendar
          oneOnOneId={id}
          canMove={access.role === "coach" && access.status === "SCHEDULED"}
          scheduledAt={utcToZonedWallTime(access.scheduledAt, timeZone)}
          minWhen={`${todayIn(timeZone)}T00:00`}
          timeZone={timeZone}
        />
      ) : null}
      {/* Not streamed: the meeting is the page's largest content (LCP; docs/performance.md). */}
      <OneOnOneContent viewer={viewer} oneOnOneId={id} />
    </>
  );
}

async function OneOnOneContent({ viewer, oneOnOneId }: { viewer: Viewer; oneOnOneId: string }) {
  const meeting = await orNotFound(getOneOnOne(viewer, oneOnOneId));
  // Private notes are read for the coach's own page only; the member's and an observer's pages
  // are built from getOneOnOne alone, which never reads them. Likewise the rep's feedback is read
  // for the rep's own page only: a coach or observer never receives an individual rating.
  const [privateNote, coachingFeedback, coachSelfRating] = await Promise.all([
    meeting.role === "coach" ? getPrivateNote(viewer, oneOnOneId) : null,
    meeting.role === "member" && meeting.kind === "REP" && meeting.status === "COMPLETED" ? getOwnCoachingFeedback(viewer, oneOnOneId) : null,
    meeting.role === "coach" && meeting.kind === "REP" && meeting.status === "COMPLETED" ? getOwnCoachSelfRating(viewer, oneOnOneId) : null,
  ]);
  return (
    <OneOnOneDetail
      meeting={meeting}
      privateNote={privateNote ? { body: privateNote.body, version: privateNote.version } : null}
      coachingFeedback={coachingFeedback}
      timeZone={viewer.organization.timeZone}
      coachSelfRating={coachSelfRating}
    />
  );
}
