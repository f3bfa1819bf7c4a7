import "server-only";
import { db } from "@/lib/db";
import { slugifyStageKey } from "@/lib/funnel/stage-keys";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockFunnel } from "@/lib/server/funnel/lock-funnel";
import { renumberFunnel } from "@/lib/server/funnel/renumber-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { MAX_FUNNEL_STAGES } from "@/lib/validation/funnel";

/** ADMIN: a new stage; its key comes from the label once (unique in the organization) and never changes. */
/** `after`: "start", a stage id to insert after, or nothing for the end. */
export async function addFunnelStage(viewer: Viewer, input: { label: string; after?: string }) {
  assertAdmin(viewer, "Only an administrator can edit the funnel");
  return db.$transaction(async (tx) => {
    const stages = await lockFunnel(tx, viewer.organizationId);
    if (stages.length >= MAX_FUNNEL_STAGES) throw new InvalidInputError(`label: a funnel has at most ${MAX_FUNNEL_STAGES} stages`, { label: [`a funnel has at most ${MAX_FUNNEL_STAGES} stages`] });
    if (stages.some((stage) => stage.label.toLowerCase() === input.label.toLowerCase())) throw new InvalidInputError("label: another stage already has this name", { label: ["another stage already has this name"] });
    let index = stages.length;
    if (input.after === "start") index = 0;
    else if (input.after) {
      const after = stages.findIndex((stage) => stage.id === input.after);
      if (after < 0) throw new NotFoundError("Funnel stage");
      index = after + 1;
    }
    const key = slugifyStageKey(input.label, stages.map((stage) => stage.key));
    const created = await tx.funnelStage.create({ data: { organizationId: viewer.organizationId, key, label: input.label, position: stages.length }, select: { id: true, key: true, label: true } });
    const ordered = [...stages];
    ordered.splice(index, 0, { ...created, position: stages.length });
    await renumberFunnel(tx, viewer.organizationId, ordered);
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "funnel_stage.added", entityType: "FunnelStage", entityId: created.id, before: { order: stages.map((stage) => stage.key) }, after: { key, label: input.label, order: ordered.map((stage) => stage.key) } },
      tx,
    );
    return created;
  });
}
