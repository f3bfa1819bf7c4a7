import "server-only";
import { db } from "@/lib/db";
import type { CalendarMeeting } from "@/lib/calendar/one-on-one-ics";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";

const meetingSelect = {
  id: true,
  organizationId: true,
  coachId: true,
  memberId: true,
  scheduledAt: true,
  status: true,
  calendarSequence: true,
  updatedAt: true,
} as const;

/** Past meetings kept in a feed (so a calendar's history stays), and how far ahead it reaches. */
const FEED_PAST_DAYS = 90;
const FEED_AHEAD_DAYS = 366;

type MeetingRow = Prisma.OneOnOneGetPayload<{ select: typeof meetingSelect }>;

async function namesOf(organizationId: string, rows: readonly MeetingRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => [row.coachId, row.memberId]))];
  const people = await db.user.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true, name: true } });
  return new Map(people.map((person) => [person.id, person.name]));
}

function toCalendarMeeting(row: MeetingRow, userId: string, names: Map<string, string>): CalendarMeeting {
  const other = names.get(row.coachId === userId ? row.memberId : row.coachId) ?? "your colleague";
  const url = appLink(`/one-on-ones/${row.id}`);
  const cancelled = row.status === "CANCELLED";
  return {
    id: row.id,
    title: `${cancelled ? "Cancelled: " : ""}One-on-one with ${other}`,
    description: `Prepare the one-on-one in Coachboard: ${url}`,
    url,
    start: row.scheduledAt,
    // Cancelling is final, so it adds one to the moves: the calendar replaces the event with a cancelled one.
    sequence: row.calendarSequence + (cancelled ? 1 : 0),
    lastModified: row.updatedAt,
    cancelled,
  };
}

/** A person's own one-on-ones (as coach or as the person coached) for their calendar feed. */
export async function calendarMeetingsOf(user: { id: string; organizationId: string }, now: Date = new Date()): Promise<CalendarMeeting[]> {
  const rows = await db.oneOnOne.findMany({
    where: {
      organizationId: user.organizationId,
      OR: [{ coachId: user.id }, { memberId: user.id }],
      scheduledAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), lte: new Date(now.getTime() + FEED_AHEAD_DAYS * 86_400_000) },
    },
    orderBy: { scheduledAt: "asc" },
    select: meetingSelect,
  });
  const names = await namesOf(user.organizationId, rows);
  return rows.map((row) => toCalendarMeeting(row, user.id, names));
}

/** One meeting, as the viewer sees it (the caller checked access). */
export async function calendarMeeting(meetingId: string, userId: string): Promise<CalendarMeeting | null> {
  const row = await db.oneOnOne.findUnique({ where: { id: meetingId }, select: meetingSelect });
  return row ? toCalendarMeeting(row, userId, await namesOf(row.organizationId, [row])) : null;
}
