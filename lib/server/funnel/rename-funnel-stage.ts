import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockFunnel } from "@/lib/server/funnel/lock-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: a new label; the key (used by activity rows, the API and CSV files) stays. */
export async function renameFunnelStage(viewer: Viewer, input: { stageId: string; label: string }): Promise<{ changed: boolean }> {
  assertAdmin(viewer, "Only an administrator can edit the funnel");
  return db.$transaction(async (tx) => {
    const stages = await lockFunnel(tx, viewer.organizationId);
    const stage = stages.find((candidate) => candidate.id === input.stageId);
    if (!stage) throw new NotFoundError("Funnel stage");
    if (stage.label === input.label) return { changed: false };
    if (stages.some((other) => other.id !== stage.id && other.label.toLowerCase() === input.label.toLowerCase())) {
      throw new InvalidInputError("label: another stage already has this name", { label: ["another stage already has this name"] });
    }
    await tx.funnelStage.update({ where: { id: stage.id }, data: { label: input.label } });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "funnel_stage.renamed", entityType: "FunnelStage", entityId: stage.id, before: { key: stage.key, label: stage.label }, after: { key: stage.key, label: input.label } }, tx);
    return { changed: true };
  });
}
