import "server-only";
import { db } from "@/lib/db";
import { appLink } from "@/lib/mail/links";
import { reminderMessage } from "@/lib/mail/reminder-message";
import { PREFERENCES_PATH, reminderLinkLabel } from "@/lib/reminders/kinds";
import { sendMail, type EmailMode } from "@/lib/server/mail/send-mail";

type Outcome = { status: "sent"; delivered: EmailMode } | { status: "skipped"; reason: string };

/**
 * Emails one reminder, at most once: the row is claimed (emailedAt set by a conditional update)
 * before sending, so a duplicate job finds it taken; a failed send releases it for pg-boss's retry.
 */
export async function sendReminderEmail(reminderId: string): Promise<Outcome> {
  const reminder = await db.reminder.findUnique({
    where: { id: reminderId },
    select: {
      kind: true,
      title: true,
      body: true,
      path: true,
      emailedAt: true,
      user: { select: { id: true, email: true, name: true, active: true, organization: { select: { name: true } } } },
    },
  });
  if (!reminder || reminder.emailedAt) return { status: "skipped", reason: "reminder already emailed" };
  if (!reminder.user.active) return { status: "skipped", reason: "the person is deactivated" };
  // Switched off after the reminder was created: no email (it stays in the app's list, already read there or not).
  const optedOut = await db.notificationOptOut.findUnique({
    where: { userId_kind: { userId: reminder.user.id, kind: reminder.kind } },
    select: { kind: true },
  });
  if (optedOut) return { status: "skipped", reason: "switched off by the person" };
  const claimed = await db.reminder.updateMany({ where: { id: reminderId, emailedAt: null }, data: { emailedAt: new Date() } });
  if (!claimed.count) return { status: "skipped", reason: "reminder already emailed" };
  const link = appLink(reminder.path);
  const message = reminderMessage({
    to: reminder.user.email,
    name: reminder.user.name,
    organizationName: reminder.user.organization.name,
    title: reminder.title,
    body: reminder.body,
    link,
    linkLabel: reminderLinkLabel(reminder.kind),
    preferencesLink: appLink(PREFERENCES_PATH),
  });
  try {
    const { delivered } = await sendMail(message, link);
    return { status: "sent", delivered };
  } catch (error) {
    await db.reminder.update({ where: { id: reminderId }, data: { emailedAt: null } });
    throw error;
  }
}
