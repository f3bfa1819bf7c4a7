import "server-only";
import { oneOnOneCalendar } from "@/lib/calendar/one-on-one-ics";
import { calendarMeeting } from "@/lib/server/calendar-feed/calendar-meetings";
import { NotFoundError } from "@/lib/server/http/errors";
import { findOneOnOneForViewer } from "@/lib/server/one-on-ones/one-on-one-access";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** "Add to calendar": one meeting the viewer takes part in, as an .ics file (same UID as the feed's event). */
export async function getOneOnOneIcs(viewer: Viewer, oneOnOneId: string): Promise<{ fileName: string; ics: string }> {
  const access = await findOneOnOneForViewer(viewer, oneOnOneId);
  if (access.role === "observer") throw new NotFoundError("One-on-one");
  const meeting = await calendarMeeting(access.id, viewer.id);
  if (!meeting) throw new NotFoundError("One-on-one");
  return {
    fileName: `one-on-one-${meeting.start.toISOString().slice(0, 10)}.ics`,
    ics: oneOnOneCalendar({ name: meeting.title, timeZone: viewer.organization.timeZone, meetings: [meeting] }),
  };
}
