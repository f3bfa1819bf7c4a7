import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface CalendarFeedStatus {
  active: boolean;
  createdLabel: string | null;
  lastUsedLabel: string | null;
}

/** Whether the viewer has a live feed URL (the URL itself was shown once and is not stored). */
export async function getCalendarFeed(viewer: Viewer): Promise<CalendarFeedStatus> {
  if (viewer.kind !== "user") return { active: false, createdLabel: null, lastUsedLabel: null };
  const feed = await db.calendarFeed.findFirst({
    where: { userId: viewer.id, organizationId: viewer.organizationId, revokedAt: null },
    select: { createdAt: true, lastUsedAt: true },
  });
  const zone = viewer.organization.timeZone;
  return {
    active: Boolean(feed),
    createdLabel: feed ? formatDateTime(feed.createdAt, zone) : null,
    lastUsedLabel: feed?.lastUsedAt ? formatDateTime(feed.lastUsedAt, zone) : null,
  };
}
