import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/access/policy";
import { findOneOnOneForViewer } from "@/lib/server/one-on-ones/one-on-one-access";
import { NotFoundError } from "@/lib/server/http/errors";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach's private notes on a meeting, for their author only. This is the one read of
 * PrivateNote: nothing a member or an observer can reach calls it (they get NotFound here).
 */
export async function getPrivateNote(viewer: Viewer, oneOnOneId: string): Promise<{ body: string; version: number; updatedAt: string | null }> {
  const meeting = await findOneOnOneForViewer(viewer, oneOnOneId);
  if (!can(viewer, "oneOnOne.readPrivateNote", meeting)) throw new NotFoundError("Private notes");
  const note = await db.privateNote.findFirst({
    where: { organizationId: viewer.organizationId, oneOnOneId: meeting.id, authorId: viewer.id },
    select: { body: true, version: true, updatedAt: true },
  });
  return note ? { body: note.body, version: note.version, updatedAt: note.updatedAt.toISOString() } : { body: "", version: 0, updatedAt: null };
}
