import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import type { NotesConflictDetails } from "@/lib/server/one-on-ones/save-shared-notes";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The coach saves their private notes typed on top of `version` (0: none saved yet). Same
 * optimistic concurrency as the shared notes (two tabs of the same coach can collide). The private
 * text goes nowhere but the PrivateNote row: not into the audit log, not into any other table.
 */
export async function savePrivateNote(viewer: Viewer, input: { oneOnOneId: string; body: string; version: number }): Promise<{ version: number; savedAt: string }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach"], "write private notes");
    const where = { organizationId: viewer.organizationId, oneOnOneId: meeting.id };
    let saved = 0;
    if (input.version === 0) {
      // First save: insert unless another tab got there first (then it is a conflict like any other).
      const created = await tx.privateNote.createMany({ data: [{ ...where, authorId: viewer.id, body: input.body, version: 1 }], skipDuplicates: true });
      saved = created.count;
    } else {
      const updated = await tx.privateNote.updateMany({ where: { ...where, authorId: viewer.id, version: input.version }, data: { body: input.body, version: { increment: 1 } } });
      saved = updated.count;
    }
    if (saved === 0) {
      const current = await tx.privateNote.findFirst({ where, select: { authorId: true, body: true, version: true } });
      if (current && current.authorId !== viewer.id) throw new ForbiddenError("These private notes belong to someone else");
      const details: NotesConflictDetails = { kind: "notes_conflict", serverBody: current?.body ?? "", serverVersion: current?.version ?? 0 };
      throw new ConflictError("Your private notes were changed in another window while you were typing", details);
    }
    const version = input.version + 1;
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.private_note_saved", entityType: "OneOnOne", entityId: meeting.id, before: { version: input.version }, after: { version } },
      tx,
    );
    return { version, savedAt: new Date().toISOString() };
  });
}
