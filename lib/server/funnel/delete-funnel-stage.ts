import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { findStageReferences } from "@/lib/server/funnel/find-stage-references";
import { lockFunnel } from "@/lib/server/funnel/lock-funnel";
import { renumberFunnel } from "@/lib/server/funnel/renumber-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * ADMIN: removes a stage that holds no activity and whose ratios no competency or benchmark uses.
 * Anything else must be merged into another stage (mergeFunnelStage), which says what it drops.
 */
export async function deleteFunnelStage(viewer: Viewer, input: { stageId: string }): Promise<void> {
  assertAdmin(viewer, "Only an administrator can edit the funnel");
  await db.$transaction(async (tx) => {
    const stages = await lockFunnel(tx, viewer.organizationId);
    const stage = stages.find((candidate) => candidate.id === input.stageId);
    if (!stage) throw new NotFoundError("Funnel stage");
    if (stages.length <= 2) throw new ConflictError("A funnel needs at least two stages");
    const activityRows = await tx.activity.count({ where: { organizationId: viewer.organizationId, stage: stage.key } });
    if (activityRows > 0) throw new ConflictError(`'${stage.label}' holds ${activityRows} activity rows; merge it into another stage instead`);
    const references = await findStageReferences(tx, viewer.organizationId, stage.key);
    if (references.competencies.length || references.benchmarks.length) {
      const used = [...references.competencies.map((competency) => `competency '${competency.name}'`), ...(references.benchmarks.length ? [`${references.benchmarks.length} benchmarks`] : [])];
      throw new ConflictError(`'${stage.label}' is used by ${used.join(" and ")}; merge it into another stage instead`);
    }
    await tx.funnelStage.delete({ where: { id: stage.id } });
    await renumberFunnel(tx, viewer.organizationId, stages.filter((candidate) => candidate.id !== stage.id));
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "funnel_stage.deleted", entityType: "FunnelStage", entityId: stage.id, before: { key: stage.key, label: stage.label, order: stages.map((row) => row.key) } }, tx);
  });
}
