import { addDays, dayKey, parseDay, startOfIsoWeek, todayIn } from "@/lib/calendar/days";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReminderKind } from "@/lib/generated/prisma/enums";

// Which reminders are due for one organization at `now`, on its own calendar. Pure selection
// (reads only): the caller inserts them into Reminder, whose unique (user, kind, dedupeKey) makes
// every reminder happen once however many scheduler ticks find it. Used by the pg-boss job and by
// the demo seed.

/** An overdue commitment is reminded once, within this many days of its due date (not months of history). */
export const OVERDUE_REMINDER_DAYS = 7;

export interface DueReminder {
  organizationId: string;
  userId: string;
  kind: ReminderKind;
  dedupeKey: string;
  title: string;
  body: string;
  path: string;
}

type ReadClient = Pick<Prisma.TransactionClient, "oneOnOne" | "commitment" | "managerDigest" | "notificationOptOut" | "user">;

export async function selectDueReminders(client: ReadClient, organization: { id: string; timeZone: string }, now: Date = new Date()): Promise<DueReminder[]> {
  const { id: organizationId, timeZone } = organization;
  const today = todayIn(timeZone, now);
  const tomorrow = addDays(today, 1);
  const tomorrowStarts = zonedWallTimeToUtc(`${tomorrow}T00:00`, timeZone);
  const tomorrowEnds = zonedWallTimeToUtc(`${addDays(tomorrow, 1)}T00:00`, timeZone);

  const [meetings, commitments, digests, optOuts] = await Promise.all([
    client.oneOnOne.findMany({
      where: { organizationId, status: "SCHEDULED", scheduledAt: { gte: tomorrowStarts, lt: tomorrowEnds } },
      select: { id: true, coachId: true, memberId: true, scheduledAt: true },
    }),
    client.commitment.findMany({
      where: { organizationId, status: "OPEN", dueOn: { gte: parseDay(addDays(today, -OVERDUE_REMINDER_DAYS)), lte: parseDay(tomorrow) } },
      select: { id: true, ownerId: true, text: true, dueOn: true, oneOnOneId: true },
    }),
    client.managerDigest.findMany({ where: { organizationId, weekOf: parseDay(startOfIsoWeek(today)) }, select: { managerId: true, weekOf: true } }),
    client.notificationOptOut.findMany({ where: { organizationId }, select: { userId: true, kind: true } }),
  ]);

  const userIds = new Set<string>([
    ...meetings.flatMap((meeting) => [meeting.coachId, meeting.memberId]),
    ...commitments.map((commitment) => commitment.ownerId),
    ...digests.map((digest) => digest.managerId),
  ]);
  const people = await client.user.findMany({ where: { organizationId, id: { in: [...userIds] }, active: true }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const off = new Set(optOuts.map((optOut) => `${optOut.userId}:${optOut.kind}`));
  const due: DueReminder[] = [];
  const remind = (reminder: Omit<DueReminder, "organizationId">) => {
    // Inactive people get nothing; a kind someone switched off is not even listed in the app.
    if (!names.has(reminder.userId) || off.has(`${reminder.userId}:${reminder.kind}`)) return;
    due.push({ organizationId, ...reminder });
  };

  for (const meeting of meetings) {
    const when = formatDateTime(meeting.scheduledAt, timeZone);
    for (const [userId, otherId] of [
      [meeting.coachId, meeting.memberId],
      [meeting.memberId, meeting.coachId],
    ] as const) {
      remind({
        userId,
        kind: "ONE_ON_ONE_TOMORROW",
        // The wall-clock time is part of the key: a meeting moved to another day, or to another
        // hour of the same day after its reminder went out, is reminded again with its new time.
        dedupeKey: `one-on-one:${meeting.id}:${utcToZonedWallTime(meeting.scheduledAt, timeZone)}`,
        title: `One-on-one tomorrow with ${names.get(otherId) ?? "your colleague"}`,
        body: `Your one-on-one with ${names.get(otherId) ?? "your colleague"} is tomorrow, ${when}. Prepare it: review the numbers, the agenda and the open commitments.`,
        path: `/one-on-ones/${meeting.id}`,
      });
    }
  }

  for (const commitment of commitments) {
    const dueOn = dayKey(commitment.dueOn);
    const overdue = dueOn < today;
    if (dueOn === today) continue; // reminded yesterday as "due tomorrow"; overdue from tomorrow
    remind({
      userId: commitment.ownerId,
      kind: "COMMITMENT_DUE",
      dedupeKey: `commitment:${commitment.id}:${dueOn}:${overdue ? "overdue" : "due"}`,
      title: overdue ? `Commitment overdue since ${formatDate(dueOn)}` : "Commitment due tomorrow",
      body: overdue ? `"${commitment.text}" was due ${formatDate(dueOn)} and is still open.` : `"${commitment.text}" is due tomorrow, ${formatDate(dueOn)}.`,
      path: commitment.oneOnOneId ? `/one-on-ones/${commitment.oneOnOneId}` : "/one-on-ones",
    });
  }

  for (const digest of digests) {
    const weekOf = dayKey(digest.weekOf);
    remind({
      userId: digest.managerId,
      kind: "WEEKLY_DIGEST",
      dedupeKey: `digest:${weekOf}`,
      title: `Your weekly digest for the week of ${formatDate(weekOf)}`,
      body: "This week's focus per rep, overdue commitments and reps out of cadence are ready.",
      path: "/digest",
    });
  }
  return due;
}
