import "server-only";
import { db } from "@/lib/db";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { REMINDER_KINDS } from "@/lib/reminders/kinds";
import { NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export type NotificationPreferences = Record<ReminderKind, boolean>;

/** Which kinds of reminder the viewer gets (all on unless switched off). */
export async function getNotificationPreferences(viewer: Viewer): Promise<NotificationPreferences> {
  if (viewer.kind !== "user") throw new NotFoundError("Page");
  const off = await db.notificationOptOut.findMany({ where: { userId: viewer.id, organizationId: viewer.organizationId }, select: { kind: true } });
  const switchedOff = new Set(off.map((row) => row.kind));
  return Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, !switchedOff.has(kind)])) as NotificationPreferences;
}
