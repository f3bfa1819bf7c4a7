import "server-only";
import { db } from "@/lib/db";
import { enqueueEmails } from "@/lib/jobs/enqueue-email";
import { selectDueReminders } from "@/lib/reminders/select-due-reminders";

/**
 * One organization's due reminders at `now`: inserted (a reminder already there is skipped by its
 * unique key) and, for each new one, a send-email job in the same transaction — so a reminder is
 * listed in the app and emailed exactly when its row commits, and never twice.
 */
export async function queueDueReminders(organization: { id: string; timeZone: string }, now: Date = new Date()): Promise<{ due: number; created: number }> {
  const due = await selectDueReminders(db, organization, now);
  if (!due.length) return { due: 0, created: 0 };
  const created = await db.$transaction(async (tx) => {
    const rows = await tx.reminder.createManyAndReturn({ data: due, skipDuplicates: true, select: { id: true } });
    await enqueueEmails(
      tx,
      rows.map((row) => ({ kind: "reminder" as const, reminderId: row.id, organizationId: organization.id })),
    );
    return rows.length;
  });
  return { due: due.length, created };
}

/** The scheduled tick: every organization (or the one named), each on its own calendar. */
export async function queueRemindersForAllOrganizations(now: Date = new Date(), onlyOrganizationId?: string): Promise<{ organizations: number; created: number }> {
  const organizations = await db.organization.findMany({ where: onlyOrganizationId ? { id: onlyOrganizationId } : {}, select: { id: true, timeZone: true } });
  let created = 0;
  for (const organization of organizations) created += (await queueDueReminders(organization, now)).created;
  return { organizations: organizations.length, created };
}
