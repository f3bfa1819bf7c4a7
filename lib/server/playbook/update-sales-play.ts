import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { assertPlayCompetency } from "@/lib/server/playbook/assert-play-competency";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { SalesPlayInput } from "@/lib/validation/playbook";

/** MANAGER, VP or ADMIN edits a sales play; plans that use it as a routine show the new text. */
export async function updateSalesPlay(viewer: Viewer, input: SalesPlayInput & { salesPlayId: string }): Promise<void> {
  if (!can(viewer, "play.write")) throw new ForbiddenError("Only managers, VPs and administrators edit sales plays");
  const organizationId = viewer.organizationId;
  await db.$transaction(async (tx) => {
    const before = await tx.salesPlay.findFirst({
      where: { id: input.salesPlayId, organizationId },
      select: { id: true, competencyId: true, title: true, whenToUse: true, steps: true, talkTrack: true },
    });
    if (!before) throw new NotFoundError("Sales play");
    let competency = { id: before.competencyId };
    if (input.competencyId !== before.competencyId) {
      // A routine belongs to its plan's competency: a play in use keeps the competency it was chosen for.
      const routines = await tx.planRoutine.count({ where: { salesPlayId: before.id } });
      if (routines)
        throw new ConflictError(
          `${before.title} is a routine in ${routines === 1 ? "a development plan" : `${routines} development plans`}; its competency cannot change`,
        );
      competency = await assertPlayCompetency(tx, organizationId, input.competencyId);
    }
    const after = { competencyId: competency.id, title: input.title, whenToUse: input.whenToUse, steps: input.steps, talkTrack: input.talkTrack };
    await tx.salesPlay.update({ where: { id: before.id }, data: after });
    const { id: _id, ...previous } = before;
    await recordAudit(
      { organizationId, ...auditActor(viewer), action: "sales_play.updated", entityType: "SalesPlay", entityId: before.id, before: previous, after },
      tx,
    );
  });
}
