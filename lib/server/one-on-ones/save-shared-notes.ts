import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne, lockedMessage, OPEN_STATUSES } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** What a ConflictError of a notes save carries: the text and version now on the server, to merge with. */
export interface NotesConflictDetails {
  kind: "notes_conflict";
  serverBody: string;
  serverVersion: number;
}

/**
 * Coach or member saves the shared notes typed on top of `version`. Optimistic concurrency: the
 * update only applies while the row still has that version; otherwise nothing is written and a
 * ConflictError carries the server's text so both can be merged. The audit keeps sizes, not text.
 */
export async function saveSharedNotes(viewer: Viewer, input: { oneOnOneId: string; body: string; version: number }): Promise<{ version: number; savedAt: string }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "edit the shared notes");
    const { count } = await tx.oneOnOne.updateMany({
      where: { id: meeting.id, organizationId: viewer.organizationId, version: input.version, status: { in: OPEN_STATUSES } },
      data: { sharedNotes: input.body, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { sharedNotes: true, version: true, status: true } });
      if (!current || !OPEN_STATUSES.includes(current.status)) throw new ConflictError(lockedMessage(current?.status ?? "COMPLETED"));
      const details: NotesConflictDetails = { kind: "notes_conflict", serverBody: current.sharedNotes, serverVersion: current.version };
      throw new ConflictError("These notes were changed by someone else while you were typing", details);
    }
    const version = input.version + 1;
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.shared_notes_saved", entityType: "OneOnOne", entityId: meeting.id, before: { version: input.version }, after: { version, length: input.body.length } },
      tx,
    );
    return { version, savedAt: new Date().toISOString() };
  });
}
