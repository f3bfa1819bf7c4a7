import "server-only";
import { db } from "@/lib/db";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { calendarFeedLink } from "@/lib/server/calendar-feed/calendar-feed-link";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * A new personal feed URL for the viewer, shown once. Any earlier URL is revoked in the same
 * transaction: one live feed per person, and "new link" is how a leaked one is replaced.
 */
export async function createCalendarFeed(viewer: Viewer): Promise<{ url: string }> {
  if (viewer.kind !== "user") throw new NotFoundError("Page");
  const { token, tokenHash } = generateOneTimeToken();
  await db.$transaction(async (tx) => {
    const revoked = await tx.calendarFeed.updateMany({
      where: { userId: viewer.id, organizationId: viewer.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const feed = await tx.calendarFeed.create({ data: { organizationId: viewer.organizationId, userId: viewer.id, tokenHash }, select: { id: true } });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "calendar_feed.created",
        entityType: "CalendarFeed",
        entityId: feed.id,
        after: { replacedFeeds: revoked.count },
      },
      tx,
    );
  });
  return { url: calendarFeedLink(token) };
}
