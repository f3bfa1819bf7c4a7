// Reminders in the demo organization's development outbox: a one-on-one tomorrow (Ray Okafor's
// "skips one-on-ones" team finally has one booked) and the commitments due tomorrow or just overdue
// that the coaching history left open — selected by the same rules as the scheduled job, stored
// as Reminder rows (the in-app list) and written to the outbox as the email job would send them.
import { addDays, todayIn } from "@/lib/calendar/days";
import { zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";
import { reminderMessage } from "@/lib/mail/reminder-message";
import { PREFERENCES_PATH, reminderLinkLabel } from "@/lib/reminders/kinds";
import { selectDueReminders } from "@/lib/reminders/select-due-reminders";
import { DEMO_ORGANIZATION } from "./demo-profiles";

const MEETING_MANAGER = "manager2@acme.test";

export async function seedDemoReminders(prisma: PrismaClient, organizationId: string, now: Date = new Date()): Promise<number> {
  const timeZone = DEMO_ORGANIZATION.timeZone;
  const tomorrow = addDays(todayIn(timeZone, now), 1);
  const coach = await prisma.user.findFirstOrThrow({ where: { organizationId, email: MEETING_MANAGER }, select: { id: true, managedTeams: { select: { id: true } } } });
  const rep = await prisma.user.findFirstOrThrow({ where: { organizationId, role: "REP", teamId: { in: coach.managedTeams.map((team) => team.id) } }, orderBy: { email: "asc" }, select: { id: true } });
  await prisma.oneOnOne.create({ data: { organizationId, kind: "REP", coachId: coach.id, memberId: rep.id, scheduledAt: zonedWallTimeToUtc(`${tomorrow}T10:00`, timeZone) } });

  const due = await selectDueReminders(prisma, { id: organizationId, timeZone }, now);
  const created = await prisma.reminder.createManyAndReturn({
    data: due,
    skipDuplicates: true,
    select: { id: true, kind: true, title: true, body: true, path: true, user: { select: { email: true, name: true } } },
  });
  await prisma.devOutboxMessage.createMany({
    data: created.map((reminder) => {
      const message = reminderMessage({
        to: reminder.user.email,
        name: reminder.user.name,
        organizationName: DEMO_ORGANIZATION.name,
        title: reminder.title,
        body: reminder.body,
        link: appLink(reminder.path),
        linkLabel: reminderLinkLabel(reminder.kind),
        preferencesLink: appLink(PREFERENCES_PATH),
      });
      return { to: message.to, subject: message.subject, text: message.text, html: message.html };
    }),
  });
  await prisma.reminder.updateMany({ where: { id: { in: created.map((reminder) => reminder.id) } }, data: { emailedAt: now } });
  return created.length;
}
