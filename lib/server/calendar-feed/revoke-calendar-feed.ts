import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** The viewer's feed URL stops working at once (its route answers 404). */
export async function revokeCalendarFeed(viewer: Viewer): Promise<void> {
  if (viewer.kind !== "user") throw new NotFoundError("Page");
  await db.$transaction(async (tx) => {
    const active = await tx.calendarFeed.findFirst({
      where: { userId: viewer.id, organizationId: viewer.organizationId, revokedAt: null },
      select: { id: true },
    });
    if (!active) throw new NotFoundError("Calendar feed");
    await tx.calendarFeed.updateMany({ where: { id: active.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "calendar_feed.revoked", entityType: "CalendarFeed", entityId: active.id },
      tx,
    );
  });
}
