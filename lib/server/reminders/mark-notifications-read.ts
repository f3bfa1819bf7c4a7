import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Marks the viewer's own reminders read: personal reading state, not a change anyone else sees (not audited). */
export async function markNotificationsRead(viewer: Viewer): Promise<number> {
  if (viewer.kind !== "user") return 0;
  const { count } = await db.reminder.updateMany({
    where: { userId: viewer.id, organizationId: viewer.organizationId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
