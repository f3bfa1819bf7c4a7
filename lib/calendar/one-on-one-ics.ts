import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { utcToZonedWallTime } from "@/lib/calendar/zoned-time";

// iCalendar for one-on-ones (a personal feed, or one meeting's "add to calendar" file). Times are
// written on the organization's wall clock with its TZID and a VTIMEZONE, so a calendar shows
// 10:00 where the team works. UIDs are stable per meeting; SEQUENCE rises when a meeting moves or
// is cancelled, and LAST-MODIFIED follows the row, so subscribed calendars replace the old event.

export const MEETING_MINUTES = 30;

export interface CalendarMeeting {
  id: string;
  title: string;
  description: string;
  /** Absolute link to the meeting page (its preparation). */
  url: string;
  start: Date;
  sequence: number;
  lastModified: Date;
  cancelled: boolean;
}

/** The instant's wall-clock time in `timeZone`, as a Date whose UTC fields carry it (how ical-generator writes TZID times). */
function wallClock(date: Date, timeZone: string): Date {
  return new Date(`${utcToZonedWallTime(date, timeZone)}:00.000Z`);
}

export function meetingUid(meetingId: string): string {
  return `one-on-one-${meetingId}@coachboard`;
}

export function oneOnOneCalendar(input: { name: string; timeZone: string; meetings: readonly CalendarMeeting[]; now?: Date }): string {
  const calendar = new ICalCalendar({ name: input.name, prodId: { company: "Coachboard", product: "One-on-ones", language: "EN" } });
  // A VTIMEZONE for every zone the events use; the calendar itself stays in UTC (DTSTAMP, LAST-MODIFIED).
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.x("X-WR-TIMEZONE", input.timeZone);
  const stamp = input.now ?? new Date();
  for (const meeting of input.meetings) {
    const end = new Date(meeting.start.getTime() + MEETING_MINUTES * 60_000);
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      stamp,
      lastModified: meeting.lastModified,
      start: wallClock(meeting.start, input.timeZone),
      end: wallClock(end, input.timeZone),
      timezone: input.timeZone,
      summary: meeting.title,
      description: meeting.description,
      url: meeting.url,
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
