import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface NotificationView {
  id: string;
  kind: ReminderKind;
  title: string;
  body: string;
  path: string;
  createdLabel: string;
  unread: boolean;
}

const LISTED = 50;

/** The viewer's own reminders, newest first (an API token has none). */
export async function listNotifications(viewer: Viewer): Promise<NotificationView[]> {
  if (viewer.kind !== "user") return [];
  const rows = await db.reminder.findMany({
    where: { organizationId: viewer.organizationId, userId: viewer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LISTED,
    select: { id: true, kind: true, title: true, body: true, path: true, createdAt: true, readAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    path: row.path,
    createdLabel: formatDateTime(row.createdAt, viewer.organization.timeZone),
    unread: row.readAt === null,
  }));
}

/** The shell's badge: unread reminders (an index on (userId, readAt) keeps it cheap on every page). */
export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  if (viewer.kind !== "user") return 0;
  return db.reminder.count({ where: { userId: viewer.id, organizationId: viewer.organizationId, readAt: null } });
}
