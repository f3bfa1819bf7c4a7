import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { assertPlayCompetency } from "@/lib/server/playbook/assert-play-competency";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { SalesPlayInput } from "@/lib/validation/playbook";

/** MANAGER, VP or ADMIN writes a new sales play for a competency. */
export async function createSalesPlay(viewer: Viewer, input: SalesPlayInput): Promise<{ id: string }> {
  if (!can(viewer, "play.write")) throw new ForbiddenError("Only managers, VPs and administrators write sales plays");
  const organizationId = viewer.organizationId;
  return db.$transaction(async (tx) => {
    const competency = await assertPlayCompetency(tx, organizationId, input.competencyId);
    const data = { competencyId: competency.id, title: input.title, whenToUse: input.whenToUse, steps: input.steps, talkTrack: input.talkTrack };
    const play = await tx.salesPlay.create({ data: { organizationId, ...data }, select: { id: true } });
    await recordAudit({ organizationId, ...auditActor(viewer), action: "sales_play.created", entityType: "SalesPlay", entityId: play.id, after: data }, tx);
    return play;
  });
}
