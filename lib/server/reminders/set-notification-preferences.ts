import "server-only";
import { db } from "@/lib/db";
import { REMINDER_KINDS } from "@/lib/reminders/kinds";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import type { NotificationPreferences } from "@/lib/server/reminders/get-notification-preferences";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** The viewer switches each kind of reminder on or off for themself (one audit record with before and after). */
export async function setNotificationPreferences(viewer: Viewer, preferences: NotificationPreferences): Promise<void> {
  if (viewer.kind !== "user") throw new NotFoundError("Page");
  const userId = viewer.id;
  await db.$transaction(async (tx) => {
    const before = await tx.notificationOptOut.findMany({ where: { userId, organizationId: viewer.organizationId }, select: { kind: true } });
    const off = REMINDER_KINDS.filter((kind) => !preferences[kind]);
    await tx.notificationOptOut.deleteMany({ where: { userId, organizationId: viewer.organizationId, kind: { notIn: off } } });
    await tx.notificationOptOut.createMany({ data: off.map((kind) => ({ organizationId: viewer.organizationId, userId, kind })), skipDuplicates: true });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "notification_preferences.set",
        entityType: "User",
        entityId: userId,
        before: { off: before.map((row) => row.kind).sort() },
        after: { off },
      },
      tx,
    );
  });
}
